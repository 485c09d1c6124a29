from intercluster.cli import main

main()
