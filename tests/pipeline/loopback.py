"""Run a Beam service module with its gRPC servers bound to 127.0.0.1 instead of every interface.

    python -m tests.pipeline.loopback apache_beam.runners.worker.worker_pool_main --service_port=Q

Beam's job service (`local_job_service_main`, including the control, data,
state and logging servers of the jobs it runs) and its worker pool
(`worker_pool_main`) bind `[::]:PORT` with no option to choose the host. This
wrapper rewrites an all-interfaces bind to 127.0.0.1, then runs the module as
`python -m` would. Addresses Beam hands out stay `localhost:PORT`.
"""
import runpy
import sys

from grpc import _server

_ANY_HOST = {"", "[::]", "0.0.0.0", "[::0]", "[0:0:0:0:0:0:0:0]"}
_add_insecure_port = _server._Server.add_insecure_port


def _loopback_port(self, address):
    host, _, port = address.rpartition(":")
    if host in _ANY_HOST:
        address = f"127.0.0.1:{port}"
    return _add_insecure_port(self, address)


def main():
    _server._Server.add_insecure_port = _loopback_port
    module = sys.argv[1]
    sys.argv = [module] + sys.argv[2:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
