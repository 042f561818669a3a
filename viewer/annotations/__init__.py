"""Annotation editing in the viewer: the session, panes and dialogs over db.annotations."""
