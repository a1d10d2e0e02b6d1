#!/usr/bin/python3
"""Checks that NetworkX loads pactgraph's node-link JSON, GraphML or GEXF with the expected counts.

    scripts/check-networkx.py FILE.json|FILE.graphml|FILE.gexf NODES EDGES

Exit 0 when networkx.node_link_graph (JSON), networkx.read_graphml (GraphML) or
networkx.read_gexf (GEXF) gives a directed multigraph with NODES nodes and EDGES edges; 1 with a
message otherwise. Used by tests/io.
"""
import json
import sys

import networkx as nx


def main():
    path, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            g = nx.node_link_graph(json.load(f))
    elif path.endswith(".gexf"):
        g = nx.MultiDiGraph(nx.read_gexf(path))
    else:
        g = nx.read_graphml(path, force_multigraph=True)
    got = (g.is_directed(), g.is_multigraph(), g.number_of_nodes(), g.number_of_edges())
    if got != (True, True, nodes, edges):
        print("%s: got directed=%s multigraph=%s %d nodes %d edges; expected a directed multigraph "
              "with %d nodes and %d edges" % ((path,) + got + (nodes, edges)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
