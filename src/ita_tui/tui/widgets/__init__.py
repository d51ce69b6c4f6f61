"""The widgets the screens are built of: plan tree, details, header, key bar, search bar, charts."""
