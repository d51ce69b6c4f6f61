"""Full screens: the main screen (tree, details, header, keys), the dashboard, the help, the welcome."""
