"""Bit helpers for the packed MCC kernels: a hardware popcount through LLVM's ``ctpop`` (one
VPOPCNTQ per vector of words where AVX-512 has it) and a float's bit pattern as an integer."""

from __future__ import annotations

from typing import Any

from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic


@intrinsic
def _ctpop64(typingctx: Any, x: Any) -> Any:
    """``llvm.ctpop.i64``: compiles to one POPCNT instruction on x86-64 hosts."""
    sig = types.uint64(types.uint64)

    def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
        fn = builder.module.declare_intrinsic("llvm.ctpop", [ir.IntType(64)])
        return builder.call(fn, args)

    return sig, codegen


@njit(cache=True, nogil=True, inline="always")
def popcount(x: Any) -> int:
    """Number of set bits in a ``uint64``."""
    return int(_ctpop64(x))  # type: ignore[call-arg]


@intrinsic
def _bitcast_f64(typingctx: Any, x: Any) -> Any:
    """The 64 bits of a ``float64`` as an ``int64`` (no conversion: LLVM ``bitcast``)."""
    sig = types.int64(types.float64)

    def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
        return builder.bitcast(args[0], ir.IntType(64))

    return sig, codegen


@njit(cache=True, nogil=True, inline="always")
def float_bits(x: float) -> int:
    """The bit pattern of ``x`` as a signed integer.

    For floats that are ``+0.0`` or positive (no NaN), the patterns order exactly as the
    values do, so integer max/argmax, which vectorise, pick the same element as float ones.
    """
    return int(_bitcast_f64(x))  # type: ignore[call-arg]
