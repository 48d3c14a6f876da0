"""Emitting: the models and params modules (`models`), the clients and resources from the
templates (`render`, laid out as black would by `layout`), black where it is still needed
(`format`), and the hand-written extensions copied and checked (`extensions`)."""
