"""Rendering the monthly report with Qt's painting and printing (QtGui, QtCore): the
document the Reports screen previews and the pdf the command line writes.

Below the UI: nothing here imports QtWidgets or app.ui, and when there is no Qt
application (the command line) the pdf makes a QGuiApplication, never a QApplication.
"""
