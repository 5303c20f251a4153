"""Batch jobs over whole archives: a job's state in Redis (store.py) and one Dramatiq task per
article (tasks.py). The API and the CLI create jobs; workers, on any machine that shares the
Redis, answer their articles."""
