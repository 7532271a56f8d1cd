from spacereader.cli import main

if __name__ == "__main__":  # not again in the processes that indexing spawns
    raise SystemExit(main())
