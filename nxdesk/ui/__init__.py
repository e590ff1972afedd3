"""The Qt interface. Only this package imports Qt."""
