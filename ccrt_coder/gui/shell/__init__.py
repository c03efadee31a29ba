"""The app shell: start-up, the main window, its menus, view switching, app-wide dialogs."""
