from ita_tui.cli import main

raise SystemExit(main())
