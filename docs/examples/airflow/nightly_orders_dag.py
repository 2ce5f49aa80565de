"""Nightly orders pipeline for Amazon MWAA: wait for the file, run two Glue jobs, refresh a table.

Upload this file to the dags/ folder of the environment's S3 bucket; the Amazon provider package
(apache-airflow-providers-amazon) ships with MWAA.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import task
from airflow.providers.amazon.aws.operators.athena import AthenaOperator
from airflow.providers.amazon.aws.operators.glue import GlueJobOperator
from airflow.providers.amazon.aws.sensors.s3 import S3KeySensor

DEFAULTS = {"retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="nightly_orders",
    schedule="0 2 * * *",  # cron: every day at 02:00 UTC
    start_date=datetime(2026, 1, 1),
    catchup=False,  # do not backfill every night since start_date
    default_args=DEFAULTS,
    tags=["orders"],
) as dag:
    wait_for_export = S3KeySensor(
        task_id="wait_for_export",
        bucket_name="example-landing",
        bucket_key="orders/_SUCCESS",
        deferrable=True,  # frees the worker slot while waiting
        timeout=3 * 60 * 60,
    )

    raw_to_curated = GlueJobOperator(
        task_id="raw_to_curated",
        job_name="orders-raw-to-curated",
        wait_for_completion=True,
    )

    curated_to_mart = GlueJobOperator(
        task_id="curated_to_mart",
        job_name="orders-curated-to-mart",
        wait_for_completion=True,
    )

    refresh_partitions = AthenaOperator(
        task_id="refresh_partitions",
        query="MSCK REPAIR TABLE mart.daily_orders",
        database="mart",
        output_location="s3://example-athena-results/",
    )

    @task
    def report_done() -> str:
        return "nightly_orders finished"

    # Dependencies: the >> operator draws the edges of the DAG.
    wait_for_export >> raw_to_curated >> curated_to_mart >> refresh_partitions >> report_done()
