"""The live overview of one cluster: nodes, quorum, events, history."""
