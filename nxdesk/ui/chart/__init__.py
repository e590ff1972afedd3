"""The chart pane: progress bars by sector and for the whole district, a target's trend.

Importing this package is cheap. ``pane`` paints the sector's bars with QPainter first (``sketch``) and
imports pyqtgraph (about half a second) only when another view or an image of the chart is asked for;
``bars``, ``trend``, ``items`` and ``export`` are the pyqtgraph side."""
