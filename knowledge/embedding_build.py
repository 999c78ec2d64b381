"""Write knowledge/data/wordllama_128.npz from wordllama's package: `python -m
knowledge.embedding_build` (with wordllama 0.3.9 installed; it is not a dependency, and
this is a maintainer's step, not part of a start).

What the bot ships is what wordllama's model is made of: one vector per token of its
tokenizer (Llama 2's 32,000 pieces), its first 128 dimensions, and the tokenizer's
merges. wordllama itself would bring tokenizers and huggingface_hub (about 72 MB
installed, over the 60 MB the understanding may add); the table, quantised to 8 bits per
number with a scale per token, is 4.5 MB, and knowledge.semantic reads it with numpy.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.semantic import DIMENSIONS, TABLE


def _wordllama() -> tuple[Any, Path]:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install wordllama==0.3.9 first (it is not a dependency)")
    from wordllama import WordLlama  # type: ignore[import-not-found,unused-ignore]

    folder = Path(spec.origin).parent
    # Its own folder as the cache: the package ships "tokenizers/" and its lookup also
    # tries "tokenizer/", which it does not ship; with downloads off nothing is fetched.
    # The package ships the 256-dimension weights; their first dimensions carry the most
    # (it is trained so that they can be cut), and the first 128 rank topics as well.
    model = WordLlama.load(dim=256, trunc_dim=DIMENSIONS, cache_dir=folder, disable_download=True)
    return model, folder


def build(path: Path = TABLE) -> None:
    model, folder = _wordllama()
    vectors = np.asarray(model.embedding, dtype=np.float32)
    config = json.loads(
        (folder / "tokenizers" / "l2_supercat_tokenizer_config.json").read_text("utf-8")
    )
    bpe = config["model"]
    pieces = sorted(bpe["vocab"], key=bpe["vocab"].__getitem__)
    if len(pieces) != len(vectors) or [bpe["vocab"][p] for p in pieces] != list(range(len(pieces))):
        raise SystemExit("the tokenizer's pieces do not number the model's vectors 0..n-1")
    # Symmetric 8-bit quantisation, a scale per token: cosine similarities move by ~0.001.
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(vectors / scales[:, None]).astype(np.int8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        vectors=quantised,
        scales=scales.astype(np.float32),
        pieces=np.array(pieces),
        merges=np.array(bpe["merges"]),
    )
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB): {len(pieces)} tokens")


if __name__ == "__main__":
    build()
