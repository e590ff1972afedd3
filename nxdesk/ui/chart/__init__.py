"""The chart pane (pyqtgraph): progress bars by sector and for the whole district, a target's trend.

Importing this package is cheap; ``pane`` imports pyqtgraph (about half a second), so the main window
imports it lazily after its first paint."""
