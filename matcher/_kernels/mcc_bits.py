"""Bit helpers for the packed MCC kernels: a hardware popcount through LLVM's ``ctpop`` (one
VPOPCNTQ per vector of words where AVX-512 has it), a float's bit pattern as an integer, and a
small float64 buffer on the stack."""

from __future__ import annotations

from typing import Any

import numpy as np
from llvmlite import ir
from numba import carray, njit, types
from numba.core import cgutils
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


STACK_DOUBLES = 528  # float64 slots of a stack buffer: a prepared probe of up to 260 cylinders


@intrinsic
def _stack_doubles(typingctx: Any) -> Any:
    """Pointer to ``STACK_DOUBLES`` float64 slots on the calling function's stack."""
    sig = types.CPointer(types.float64)()

    def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
        slots = cgutils.alloca_once(builder, ir.ArrayType(ir.DoubleType(), STACK_DOUBLES))
        return builder.bitcast(slots, ir.PointerType(ir.DoubleType()))

    return sig, codegen


@njit(cache=True, nogil=True, inline="always")
def stack_doubles() -> np.ndarray:
    """A float64 array of ``STACK_DOUBLES`` slots on the caller's stack (contents undefined).

    Why: the compiler knows such a buffer overlaps no other array, so a vectorised loop
    that loads from arrays and stores into it needs no run-time overlap checks (which,
    for a short loop entered often, cost as much as the loop). Inline only: the array must
    not outlive the function it is made in.
    """
    return carray(_stack_doubles(), STACK_DOUBLES)  # type: ignore[call-arg]
