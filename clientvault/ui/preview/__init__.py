"""Widgets and background loading shared by the preview pane, the preview window and printing.

``content`` turns a file into something ready to show (in a worker thread) and keeps a small LRU cache;
``sheet_view`` and ``html_view`` are the widgets for workbooks/CSV and Word documents; ``page_view``
is the lazily rendered, zoomable page list of the preview window.
"""
