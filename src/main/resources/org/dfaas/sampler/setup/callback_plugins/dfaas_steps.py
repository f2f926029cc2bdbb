# dfaas-sampler's stdout callback: one JSON line per finished step and host, so that the tool can
# print a progress line with the step's duration, and name the host, the step and the last lines
# of its output when it fails. Lines start with "dfaas-step " so that anything else Ansible prints
# (warnings, deprecations) is told apart. A task marked no_log reaches here already censored.
from __future__ import annotations

import json
import time

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
    name: dfaas_steps
    type: stdout
    short_description: one JSON line per step and host, for dfaas-sampler
    description:
      - Prints each finished task as a JSON object on a line of its own.
"""

PREFIX = "dfaas-step "
TAIL_LINES = 20


def _tail(value):
    if isinstance(value, list):
        lines = [str(line) for line in value]
    elif value:
        lines = str(value).splitlines()
    else:
        lines = []
    return lines[-TAIL_LINES:]


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "stdout"
    CALLBACK_NAME = "dfaas_steps"

    def __init__(self):
        super().__init__()
        self._started = time.monotonic()
        self._task = ""

    def _emit(self, fields):
        self._display.display(PREFIX + json.dumps(fields, ensure_ascii=False, default=str))

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._started = time.monotonic()
        self._task = task.get_name().strip()

    def v2_playbook_on_handler_task_start(self, task):
        self.v2_playbook_on_task_start(task, False)

    def _result(self, result, status):
        outcome = result._result
        if status == "ok" and outcome.get("changed", False):
            status = "changed"
        fields = {
            "host": result._host.get_name(),
            "task": self._task,
            "status": status,
            "seconds": round(time.monotonic() - self._started, 3),
        }
        if status in ("failed", "unreachable"):
            fields["msg"] = str(outcome.get("msg", ""))
            fields["output"] = _tail(outcome.get("stdout_lines") or outcome.get("stdout")) + _tail(
                outcome.get("stderr_lines") or outcome.get("stderr")
            )
        self._emit(fields)

    def v2_runner_on_ok(self, result):
        self._result(result, "ok")

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._result(result, "ignored" if ignore_errors else "failed")

    def v2_runner_on_skipped(self, result):
        self._result(result, "skipped")

    def v2_runner_on_unreachable(self, result):
        self._result(result, "unreachable")

    def v2_playbook_on_stats(self, stats):
        hosts = {}
        for host in sorted(stats.processed.keys()):
            summary = stats.summarize(host)
            hosts[host] = {
                "changed": summary["changed"],
                "failures": summary["failures"],
                "unreachable": summary["unreachable"],
            }
        self._emit({"recap": hosts})
