"""Domain core: periods, targets, plan expressions, percentages, assessment, numbers.

Pure Python: nothing here imports Qt, SQL or any other part of nxdesk.
"""
