"""The Airflow DAG on the orchestration page is valid Python with the structure it describes.

Airflow itself is not a test dependency, so the file is checked statically with the ast module.
"""

import ast
from pathlib import Path

DAG_FILE = Path(__file__).parents[2] / "docs" / "examples" / "airflow" / "nightly_orders_dag.py"


def _tree() -> ast.Module:
    return ast.parse(DAG_FILE.read_text(encoding="utf-8"), filename=str(DAG_FILE))


def _calls(tree: ast.Module) -> dict[str, ast.Call]:
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            for kw in node.keywords:
                if kw.arg in ("task_id", "dag_id") and isinstance(kw.value, ast.Constant):
                    found[kw.value.value] = node
    return found


def test_dag_compiles() -> None:
    compile(DAG_FILE.read_text(encoding="utf-8"), str(DAG_FILE), "exec")


def test_dag_has_a_cron_schedule_and_no_catchup() -> None:
    dag = _calls(_tree())["nightly_orders"]
    kwargs = {kw.arg: kw.value for kw in dag.keywords}
    assert isinstance(kwargs["schedule"], ast.Constant)
    assert len(kwargs["schedule"].value.split()) == 5
    assert kwargs["catchup"].value is False


def test_glue_tasks_wait_for_their_job_runs() -> None:
    calls = _calls(_tree())
    for task_id in ("raw_to_curated", "curated_to_mart"):
        call = calls[task_id]
        assert call.func.id == "GlueJobOperator"
        kwargs = {kw.arg: kw.value for kw in call.keywords}
        assert kwargs["wait_for_completion"].value is True


def test_tasks_are_chained_in_order() -> None:
    chains = [
        node
        for node in ast.walk(_tree())
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp)
    ]
    assert chains, "expected a >> chain of tasks"
    found = [n for n in ast.walk(chains[0]) if isinstance(n, ast.Name)]
    names = [n.id for n in sorted(found, key=lambda n: n.col_offset)]
    assert names.index("wait_for_export") < names.index("raw_to_curated")
    assert names.index("raw_to_curated") < names.index("curated_to_mart")
    assert names.index("curated_to_mart") < names.index("refresh_partitions")
