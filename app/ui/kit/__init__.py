"""What every feature builds on: the shared context, form pieces, widgets, pages,
background jobs, files, the language, and the dialogs more than one feature uses."""
