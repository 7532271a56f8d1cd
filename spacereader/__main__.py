from spacereader.cli import main

raise SystemExit(main())
