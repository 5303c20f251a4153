"""An LSTM run one sequence length at a time gives what torch's packed run gives: the packed
output in the input's own order (ties of length included), and the final hidden and cell
states of every sequence, up to float rounding."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence

from service.nlp.packed_lstm import forward_by_length, install, lstms_of, uninstall

ROUNDING = 1e-5


def _packed(lengths: list[int], features: int, *, batch_first: bool,
            enforce_sorted: bool) -> PackedSequence:
    padded = torch.randn(len(lengths), max(lengths), features)
    if not batch_first:
        padded = padded.transpose(0, 1)
    return pack_padded_sequence(padded, torch.tensor(lengths), batch_first=batch_first,
                                enforce_sorted=enforce_sorted)


@pytest.mark.parametrize("bidirectional", [True, False])
@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize("batch_first", [True, False])
def test_the_same_outputs_and_states_as_a_packed_run(bidirectional, layers, batch_first):
    torch.manual_seed(7)
    lstm = nn.LSTM(5, 4, layers, batch_first=batch_first, bidirectional=bidirectional).eval()
    # unsorted, with ties: 6 appears twice, 2 three times
    packed = _packed([3, 6, 2, 9, 6, 2, 1, 2], 5, batch_first=batch_first,
                     enforce_sorted=False)
    with torch.no_grad():
        expected, (h, c) = lstm(packed)
        got, (our_h, our_c) = forward_by_length(lstm, packed)
    assert isinstance(got, PackedSequence)
    assert torch.equal(got.batch_sizes, expected.batch_sizes)
    assert torch.equal(got.sorted_indices, expected.sorted_indices)
    assert torch.equal(got.unsorted_indices, expected.unsorted_indices)
    assert got.data.shape == expected.data.shape
    assert torch.allclose(got.data, expected.data, atol=ROUNDING)
    assert torch.allclose(our_h, h, atol=ROUNDING)
    assert torch.allclose(our_c, c, atol=ROUNDING)
    # the outputs differ between sequences: a mix-up of rows would show
    assert not torch.allclose(got.data[0], got.data[1], atol=ROUNDING)


def test_a_batch_packed_already_sorted_keeps_no_indices():
    torch.manual_seed(3)
    lstm = nn.LSTM(3, 2, batch_first=True, bidirectional=True).eval()
    packed = _packed([7, 4, 4, 1], 3, batch_first=True, enforce_sorted=True)
    with torch.no_grad():
        expected, _ = lstm(packed)
        got, _ = forward_by_length(lstm, packed)
    assert got.sorted_indices is None and expected.sorted_indices is None
    assert torch.allclose(got.data, expected.data, atol=ROUNDING)


def test_plain_tensors_and_given_states_take_torchs_own_forward():
    torch.manual_seed(5)
    lstm = nn.LSTM(3, 2, batch_first=True).eval()
    plain = torch.randn(2, 4, 3)
    state = (torch.randn(1, 2, 2), torch.randn(1, 2, 2))
    with torch.no_grad():
        assert torch.equal(forward_by_length(lstm, plain)[0], lstm(plain)[0])
        assert torch.equal(forward_by_length(lstm, plain, state)[0], lstm(plain, state)[0])


class _Trainer:
    def __init__(self, model: nn.Module) -> None:
        self.model = model


class _Processor:
    def __init__(self, model: nn.Module) -> None:
        self._trainer = _Trainer(model)


class _Pipeline:
    """The shape of a stanza.Pipeline that install() reads: processors with a trainer's model."""

    def __init__(self, **models: nn.Module) -> None:
        self.processors = {name: _Processor(model) for name, model in models.items()}


def test_install_reaches_every_lstm_of_every_processor_and_uninstall_undoes_it():
    tagger = nn.Sequential(nn.Linear(2, 3), nn.LSTM(3, 3))
    tokenizer = nn.LSTM(2, 2, bidirectional=True)
    pipeline = _Pipeline(pos=tagger, tokenize=tokenizer)
    assert install(pipeline) == 2
    assert all(lstm.forward.func is forward_by_length for lstm in lstms_of(pipeline))
    uninstall(pipeline)
    assert all("forward" not in vars(lstm) for lstm in lstms_of(pipeline))


def test_one_plain_run_per_length(monkeypatch):
    """The point of it: no packed run, one plain batch for each distinct length."""
    torch.manual_seed(11)
    lstm = nn.LSTM(3, 2, batch_first=True, bidirectional=True).eval()
    runs: list[tuple[int, ...]] = []
    torch_forward = nn.LSTM.forward

    def recording(module, input, hx=None):
        assert not isinstance(input, PackedSequence)
        runs.append(tuple(input.shape[:2]))
        return torch_forward(module, input, hx)

    monkeypatch.setattr(nn.LSTM, "forward", recording)
    with torch.no_grad():
        forward_by_length(lstm, _packed([5, 2, 5, 3, 2, 5], 3, batch_first=True,
                                        enforce_sorted=False))
    assert sorted(runs) == [(1, 3), (2, 2), (3, 5)]  # (sequences, length)
