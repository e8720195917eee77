// One host in this process at a time: the meter listener of a host would also hear another host's "Hotline" meter.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
