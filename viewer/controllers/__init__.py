"""The application layer between the widgets and db/: one controller per flow (STYLE D9).

Controllers are widget-free QObjects. They take the `AppContext` (settings
and the one task runner), call db/ (on the task runner when it can take
long), and say what happened by signal; the main window builds the panes
and connects both sides. Each controller connects its own actions from the
action table (`connect_actions`).

- `open_archive`: opening (passphrases, what is happening, banners), the archive shown;
- `browse`: the view state (search, filters, sort, selection) and the list it makes;
- `record`: the record of the person selected, read off the GUI thread, history;
- `annotation_store`: the annotation store: opening, passphrase, parked notes;
- `lock`: locking, idle lock, encrypted copies.
"""
