"""Small dialogs: errors, archive info, shortcuts, search syntax, about."""
