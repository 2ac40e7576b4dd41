#!/bin/sh
# Runs a command (the service, the bench) with the glibc malloc settings the service is measured and run with;
# a value already in the environment wins.
#
# SQLite works in libuv's thread pool, and each thread that allocates gets a malloc arena of its own; with glibc's
# defaults, memory freed there (a large blob read, a statement's rows) mostly stays in the process, and the
# threshold above which a block is mapped on its own (and unmapped when freed) rises with every large block freed.
# Planning a million staged objects then grew the process by 100-250 MiB that neither V8's heap nor its array
# buffers held: 595-720 MiB at its peak. Two arenas and fixed thresholds hand such memory back: 471 MiB, no slower.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-131072}"
exec "$@"
