"""Lost-quorum recovery on the lab's OpenBao cluster, timed: from killing 2 of the 3
nodes (the leader and a standby) to the console's recovery plan showing the survivor,
and from following that plan (stop the survivor, write its raft/peers.json, start and
unseal it) to the cluster serving the data written before the loss.

    .venv/bin/python bench/recovery.py [--runs 1]

Always on a fresh lab of its own (a lab in $ADMINUI_LAB_DIR is never touched: this
breaks the cluster), stopped afterwards. Prints each run's figures; ends with one JSON
line (medians when there are several runs).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.core.recovery_plan import RecoveryPlan
from adminui.lab import Lab
from adminui.lab.openbao import BaoNodeClient
from adminui.lab.profiles import lab_profiles
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.recovery_service import RecoveryService
from adminui.profiles.raft_memory_store import RaftMemoryStore
from bench._common import emit, median

POLICY = 'path "secret/bench-recovery" { capabilities = ["read"] }'
POLL_S = 0.05


@contextlib.contextmanager
def own_lab() -> Iterator[Lab]:
    with tempfile.TemporaryDirectory(prefix="adminui-bench-recovery-") as tmp:
        lab = Lab(Path(tmp) / "lab")
        try:
            lab.up()
            yield lab
        finally:
            lab.down()


def plan_of(service: RecoveryService) -> RecoveryPlan:
    return asyncio.run(service.plan())


def one_run(lab: Lab, store_dir: Path, run: int) -> tuple[float, float]:
    lab.wait_healthy()
    profile, token = lab_profiles(lab)[0]
    service = RecoveryService(ClusterConnection(profile, token), RaftMemoryStore(store_dir))
    healthy = plan_of(service)  # while healthy: remembers the Raft configuration
    assert not healthy.needed, healthy.why
    leader = lab.bao_leader()
    policy = f"bench-recovery-{run}"
    BaoNodeClient(leader, lab.root_token).ok(
        "PUT", f"sys/policies/acl/{policy}", {"policy": POLICY}
    )
    survivor = next(n for n in lab.bao_nodes() if n.name != leader.name)
    lost = [n for n in lab.bao_nodes() if n.name != survivor.name]

    killed_at = time.monotonic()
    for node in lost:
        lab.kill(node.name)
    while not (plan := plan_of(service)).needed:
        time.sleep(POLL_S)
    kill_to_plan = time.monotonic() - killed_at
    assert plan.keep is not None and plan.keep.server.api_url == survivor.api_url, plan.why

    followed_at = time.monotonic()
    lab.stop(survivor.name)
    (survivor.directory / "raft" / "raft" / "peers.json").write_text(plan.peers_json)
    lab.restart(survivor.name)  # starts it and gives it the unseal key
    client = BaoNodeClient(survivor, lab.root_token)
    while client.request("GET", f"sys/policies/acl/{policy}").status_code != 200:
        time.sleep(POLL_S)
    follow_to_serving = time.monotonic() - followed_at
    print(
        f"run {run}: kill 2 of 3 → plan shown {kill_to_plan:.2f} s; "
        f"plan followed → serving again {follow_to_serving:.2f} s",
        flush=True,
    )
    return kill_to_plan, follow_to_serving


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    to_plan: list[float] = []
    to_serving: list[float] = []
    for run in range(1, args.runs + 1):
        # Each run needs all three nodes: a fresh lab (the recovered one is a cluster of one).
        with own_lab() as lab, tempfile.TemporaryDirectory() as store:
            plan_s, serving_s = one_run(lab, Path(store), run)
        to_plan.append(plan_s)
        to_serving.append(serving_s)
    emit(
        {
            "runs": args.runs,
            "kill_to_plan_s": median(to_plan),
            "follow_to_serving_s": median(to_serving),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
