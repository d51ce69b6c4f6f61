"""The modal dialogs: every one a :class:`~.dialog.Dialog` (questions, forms, export, plan list, palette)."""
