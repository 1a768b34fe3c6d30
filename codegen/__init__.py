"""labgate's code generator: pinned specs -> one intermediate model -> clients, tools, manifests."""
