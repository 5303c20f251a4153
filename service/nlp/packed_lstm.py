"""Run Stanza's LSTMs over packed batches one length at a time.

Every Stanza model Kutip loads (tokeniser, tagger, parser) packs its batch of paragraphs,
sentences or words into a PackedSequence before its LSTMs. On the CPU, torch runs a packed
batch step by step with a shrinking batch, which costs more than running the same sequences
unpacked: about 1.4 times as much for the tokeniser, where each paragraph in a batch has a
length of its own (`scripts/lstm_check.py` prints the comparison on the dev set).

Sequences of one length need no packing: run together, unpadded, they give what the packed
run gives, up to float rounding (differences of about 1e-7), including the final hidden and
cell states. So each group of equal length runs as one plain batch, and the outputs are
packed back in the input's own order.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

State = tuple[torch.Tensor, torch.Tensor]


def forward_by_length(lstm: nn.LSTM, input: PackedSequence | torch.Tensor,
                      hx: State | None = None) -> tuple[PackedSequence | torch.Tensor, State]:
    """nn.LSTM.forward with packed input run as one plain batch per sequence length.

    Anything else (a plain tensor, a given initial state, projections) goes to torch's own
    forward unchanged."""
    if not isinstance(input, PackedSequence) or hx is not None or lstm.proj_size:
        return nn.LSTM.forward(lstm, input, hx)
    batch_first = lstm.batch_first
    padded, lengths = pad_packed_sequence(input, batch_first=batch_first)  # input's order
    time_dim, batch_dim = (1, 0) if batch_first else (0, 1)
    directions = 2 if lstm.bidirectional else 1
    shape = list(padded.shape)
    shape[2] = directions * lstm.hidden_size
    output = padded.new_zeros(shape)
    h_n = padded.new_zeros(lstm.num_layers * directions, padded.shape[batch_dim],
                           lstm.hidden_size)
    c_n = torch.zeros_like(h_n)
    for length in torch.unique(lengths).tolist():
        members = (lengths == length).nonzero().squeeze(1)
        group = padded.index_select(batch_dim, members).narrow(time_dim, 0, length)
        group_output, (group_h, group_c) = nn.LSTM.forward(lstm, group)
        if batch_first:
            output[members, :length] = group_output
        else:
            output[:length, members] = group_output
        h_n[:, members] = group_h
        c_n[:, members] = group_c
    sorted_indices = input.sorted_indices
    if sorted_indices is not None:  # pack in the input's own order, ties included
        output = output.index_select(batch_dim, sorted_indices)
        lengths = lengths.index_select(0, sorted_indices.cpu())
    repacked = pack_padded_sequence(output, lengths, batch_first=batch_first)
    return (PackedSequence(repacked.data, repacked.batch_sizes, sorted_indices,
                           input.unsorted_indices), (h_n, c_n))


def lstms_of(pipeline: object) -> Iterable[nn.LSTM]:
    """Every LSTM in the models of a stanza.Pipeline's processors."""
    for processor in getattr(pipeline, "processors", {}).values():
        model = getattr(getattr(processor, "_trainer", None), "model", None)
        if isinstance(model, nn.Module):
            yield from (module for module in model.modules() if type(module) is nn.LSTM)


def install(pipeline: object) -> int:
    """Make every LSTM of the pipeline run packed input by length; returns how many."""
    count = 0
    for lstm in lstms_of(pipeline):
        lstm.forward = partial(forward_by_length, lstm)  # type: ignore[method-assign,assignment]
        count += 1
    return count


def uninstall(pipeline: object) -> None:
    """Give the pipeline's LSTMs back torch's own forward."""
    for lstm in lstms_of(pipeline):
        lstm.__dict__.pop("forward", None)
