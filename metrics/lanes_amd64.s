//go:build amd64 && !purego

#include "textflag.h"

// The AVX-512 twins of pushLanes, pullLanes and backLanes (lanes.go), and
// at the end those of pushCounts and pullCounts. A node's 64 values are
// eight vectors of eight; the sources' bits, eight at a time, are the
// masks (KMOVW, or KMOVQ and KSHIFTRQ) under which they are loaded, added
// and stored. They use AVX-512 Foundation instructions; AVX and AVX2 ones
// (which every AVX-512 processor has) for backAVX512's last sums and its
// widening of 16-bit counts; and, for the 16-bit counts and the 64-bit
// masks, AVX-512 Byte and Word instructions (VPADDUSW, VMOVDQU16, KMOVD,
// KMOVQ, KSHIFTRQ), which hasAVX512 asks for too.

// GATHERARGS loads the arguments pullAVX512, backAVX512 and
// pullCountsAVX512 share (dst, lane, bits, row, m) into the registers
// GATHER reads, clears R11 and Z0..Z7, and leaves dst in DI.
#define GATHERARGS \
	MOVQ dst_base+0(FP), DI \
	MOVQ lane_base+24(FP), SI \
	MOVQ bits_base+48(FP), R8 \
	MOVQ row_base+72(FP), R9 \
	MOVQ row_len+80(FP), CX \
	MOVQ m+96(FP), R10 \
	XORQ R11, R11 \
	ZERO8

// PUSHARGS loads the arguments pushAVX512 and pushCountsAVX512 share
// (lane, src, seen, next, row, bv, found) into the registers PUSHHEAD
// reads, and clears R11, the count of nodes found.
#define PUSHARGS \
	MOVQ lane_base+0(FP), SI \
	MOVQ src_base+24(FP), DI \
	MOVQ seen_base+48(FP), R8 \
	MOVQ next_base+72(FP), R12 \
	MOVQ row_base+96(FP), R9 \
	MOVQ row_len+104(FP), CX \
	MOVQ bv+120(FP), R10 \
	MOVQ found_base+128(FP), R13 \
	XORQ R11, R11

// func hasAVX512() bool
TEXT ·hasAVX512(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)

	// leaf 1: OSXSAVE (ECX bit 27), so that XGETBV may run
	MOVL $1, AX
	XORL CX, CX
	CPUID
	BTL  $27, CX
	JCC  no

	// XCR0: the OS saves the SSE, AVX, opmask and both ZMM states
	// (bits 1, 2, 5, 6, 7)
	XORL   CX, CX
	XGETBV
	ANDL   $0xe6, AX
	CMPL   AX, $0xe6
	JNE    no

	// leaf 7: AVX512F (EBX bit 16) and AVX512BW (EBX bit 30), for the
	// path counts of 16 bits
	MOVL $7, AX
	XORL CX, CX
	CPUID
	BTL  $16, BX
	JCC  no
	BTL  $30, BX
	JCC  no
	MOVB $1, ret+0(FP)

no:
	RET

// MASKS4 moves the next four bytes of DX, the lowest first, into K1..K4.
#define MASKS4 \
	KMOVW DX, K1 \
	SHRQ  $8, DX \
	KMOVW DX, K2 \
	SHRQ  $8, DX \
	KMOVW DX, K3 \
	SHRQ  $8, DX \
	KMOVW DX, K4 \
	SHRQ  $8, DX

// ADDLANES adds the 64 values at AX to Z0..Z7 for the sources (bits) of DX:
// the eight bytes of DX as masks, shifted down from one mask register
// rather than moved one at a time.
#define ADDLANES \
	KMOVQ    DX, K1 \
	KSHIFTRQ $8, K1, K2 \
	KSHIFTRQ $16, K1, K3 \
	KSHIFTRQ $24, K1, K4 \
	KSHIFTRQ $32, K1, K5 \
	KSHIFTRQ $40, K1, K6 \
	KSHIFTRQ $48, K1, K7 \
	VADDPD   0(AX), Z0, K1, Z0 \
	VADDPD   64(AX), Z1, K2, Z1 \
	VADDPD   128(AX), Z2, K3, Z2 \
	VADDPD   192(AX), Z3, K4, Z3 \
	KSHIFTRQ $56, K1, K1 \
	VADDPD   256(AX), Z4, K5, Z4 \
	VADDPD   320(AX), Z5, K6, Z5 \
	VADDPD   384(AX), Z6, K7, Z6 \
	VADDPD   448(AX), Z7, K1, Z7

// ZERO8 sets Z0..Z7 to 0.
#define ZERO8 \
	VPXORQ Z0, Z0, Z0 \
	VPXORQ Z1, Z1, Z1 \
	VPXORQ Z2, Z2, Z2 \
	VPXORQ Z3, Z3, Z3 \
	VPXORQ Z4, Z4, Z4 \
	VPXORQ Z5, Z5, Z5 \
	VPXORQ Z6, Z6, Z6 \
	VPXORQ Z7, Z7, Z7

// GATHER runs over the row at R9 (CX nodes) with the masks at R8, adding
// for each node u whose mask[u] & R10 is not 0 u's values at SI for those
// sources (DX), at SI + u<<shift, by add (ADDLANES or ADDCOUNTS); it ORs
// the sources found into R11.
#define GATHER(loop, next, done, shift, add) \
	TESTQ CX, CX \
	JZ    done \
loop: \
	MOVLQSX (R9), AX \
	MOVQ    (R8)(AX*8), DX \
	ANDQ    R10, DX \
	JZ      next \
	ORQ     DX, R11 \
	SHLQ    $shift, AX \
	ADDQ    SI, AX \
	add \
next: \
	ADDQ $4, R9 \
	DECQ CX \
	JNZ  loop \
done:

// func pullAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64) uint64
TEXT ·pullAVX512(SB), NOSPLIT, $0-112
	GATHERARGS
	GATHER(pullloop, pullnext, pulldone, 9, ADDLANES)

	// store the sums of the sources found, and only those
	MOVQ    R11, DX
	MASKS4
	VMOVUPD Z0, K1, 0(DI)
	VMOVUPD Z1, K2, 64(DI)
	VMOVUPD Z2, K3, 128(DI)
	VMOVUPD Z3, K4, 192(DI)
	MASKS4
	VMOVUPD Z4, K1, 256(DI)
	VMOVUPD Z5, K2, 320(DI)
	VMOVUPD Z6, K3, 384(DI)
	VMOVUPD Z7, K4, 448(DI)
	MOVQ    R11, ret+104(FP)
	VZEROUPPER
	RET

// PUSHCHUNK(off, zs) sets Z8 to the values at off(AX) of the sources of K1
// (those u had already; 0 for the others) plus zs, and stores them for the
// sources of K2 (the new ones).
#define PUSHCHUNK(off, zs) \
	KMOVW     DX, K1 \
	KMOVW     BX, K2 \
	SHRQ      $8, DX \
	SHRQ      $8, BX \
	VMOVUPD.Z off(AX), K1, Z8 \
	VADDPD    zs, Z8, Z8 \
	VMOVUPD   Z8, K2, off(AX)

// PUSHHEAD(next, had) starts the step of a push to the node u at R9:
// BX = bv &^ seen[u], the new sources (on to next if none), DX =
// next[u]; u is listed in found if DX is 0, and next[u] gains BX.
#define PUSHHEAD(next, had) \
	MOVLQSX (R9), AX \
	MOVQ    (R8)(AX*8), BX \
	NOTQ    BX \
	ANDQ    R10, BX \
	JZ      next \
	MOVQ    (R12)(AX*8), DX \
	TESTQ   DX, DX \
	JNZ     had \
	MOVL    AX, (R13)(R11*4) \
	INCQ    R11 \
had: \
	ORQ     BX, (R12)(AX*8)

// func pushAVX512(lane, src []float64, seen, next []uint64, row []int32, bv uint64, found []int32) int
TEXT ·pushAVX512(SB), NOSPLIT, $0-160
	PUSHARGS
	VMOVUPD 0(DI), Z0
	VMOVUPD 64(DI), Z1
	VMOVUPD 128(DI), Z2
	VMOVUPD 192(DI), Z3
	VMOVUPD 256(DI), Z4
	VMOVUPD 320(DI), Z5
	VMOVUPD 384(DI), Z6
	VMOVUPD 448(DI), Z7
	TESTQ   CX, CX
	JZ      pushdone

pushloop:
	PUSHHEAD(pushnext, pushhad)
	SHLQ $9, AX
	ADDQ SI, AX
	PUSHCHUNK(0, Z0)
	PUSHCHUNK(64, Z1)
	PUSHCHUNK(128, Z2)
	PUSHCHUNK(192, Z3)
	PUSHCHUNK(256, Z4)
	PUSHCHUNK(320, Z5)
	PUSHCHUNK(384, Z6)
	PUSHCHUNK(448, Z7)

pushnext:
	ADDQ $4, R9
	DECQ CX
	JNZ  pushloop

pushdone:
	MOVQ       R11, ret+152(FP)
	VZEROUPPER
	RET

// BACKCHUNK(off, zj, skip) turns the sums zj into v's dependencies
// (delta = front × sum, front the values at off(DI)), stores v's
// coefficients pv × (tv + delta) / front there for the sources of K1 (DX's
// low byte), and leaves ms × delta in zj (0 outside K1), ms at off(R12).
// A group of eight sources with none in K1 goes on to skip, with nothing
// to store, its sums zj already 0 (the gather adds only under m), as
// BACKTAIL would leave them.
#define BACKCHUNK(off, zj, skip) \
	KMOVW   DX, K1 \
	TESTB   $0xff, DX \
	JZ      skip \
	VMOVUPD off(DI), Z11 \
	BACKTAIL(off, zj) \
skip: \
	SHRQ    $8, DX

// BACKCHUNKW(off, offw, zj, skip) is BACKCHUNK with front the 16-bit path
// counts at offw(R13), widened.
#define BACKCHUNKW(off, offw, zj, skip) \
	KMOVW     DX, K1 \
	TESTB     $0xff, DX \
	JZ        skip \
	VPMOVZXWD offw(R13), Y11 \
	VCVTDQ2PD Y11, Z11 \
	BACKTAIL(off, zj) \
skip: \
	SHRQ      $8, DX

// BACKTAIL is what BACKCHUNK and BACKCHUNKW share, front in Z11.
#define BACKTAIL(off, zj) \
	VMULPD   Z11, zj, zj \
	VADDPD   zj, Z9, Z13 \
	VMULPD   Z13, Z8, Z13 \
	VDIVPD   Z11, Z13, Z13 \
	VMOVUPD  Z13, K1, off(DI) \
	VMULPD.Z off(R12), zj, K1, zj

// func backAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64, pv, tv float64, ms *[64]float64, own []uint16) (float64, uint64)
TEXT ·backAVX512(SB), NOSPLIT, $0-168
	GATHERARGS
	MOVQ ms+120(FP), R12
	GATHER(backloop, backnext, backdone, 9, ADDLANES)

	// the sources v passes a dependency on for: all of m when v is a
	// target (tv, never -0, is not 0), else those its successors hold;
	// none, and nothing to compute, when neither
	MOVQ  tv+112(FP), AX
	TESTQ AX, AX
	JNZ   backtarget
	TESTQ R11, R11
	JNZ   backwork
	MOVQ  $0, ret+152(FP)
	MOVQ  $0, ret1+160(FP)
	VZEROUPPER
	RET

backtarget:
	MOVQ R10, R11

backwork:
	MOVQ         R11, ret1+160(FP)
	VBROADCASTSD pv+104(FP), Z8
	VBROADCASTSD tv+112(FP), Z9
	MOVQ         R10, DX
	MOVQ         own_base+128(FP), R13
	TESTQ        R13, R13
	JNZ          backnarrow
	BACKCHUNK(0, Z0, backwskip0)
	BACKCHUNK(64, Z1, backwskip1)
	BACKCHUNK(128, Z2, backwskip2)
	BACKCHUNK(192, Z3, backwskip3)
	BACKCHUNK(256, Z4, backwskip4)
	BACKCHUNK(320, Z5, backwskip5)
	BACKCHUNK(384, Z6, backwskip6)
	BACKCHUNK(448, Z7, backwskip7)
	JMP          backsum

backnarrow:
	BACKCHUNKW(0, 0, Z0, backskip0)
	BACKCHUNKW(64, 16, Z1, backskip1)
	BACKCHUNKW(128, 32, Z2, backskip2)
	BACKCHUNKW(192, 48, Z3, backskip3)
	BACKCHUNKW(256, 64, Z4, backskip4)
	BACKCHUNKW(320, 80, Z5, backskip5)
	BACKCHUNKW(384, 96, Z6, backskip6)
	BACKCHUNKW(448, 112, Z7, backskip7)

backsum:

	// treeSum: the eight vectors pairwise, then the halves, quarters and
	// the last two
	VADDPD         Z1, Z0, Z0
	VADDPD         Z3, Z2, Z2
	VADDPD         Z5, Z4, Z4
	VADDPD         Z7, Z6, Z6
	VADDPD         Z2, Z0, Z0
	VADDPD         Z6, Z4, Z4
	VADDPD         Z4, Z0, Z0
	VEXTRACTF64X4  $1, Z0, Y1
	VADDPD         Y1, Y0, Y0
	VEXTRACTF128   $1, Y0, X1
	VADDPD         X1, X0, X0
	VPERMILPD      $1, X0, X1
	VADDSD         X1, X0, X0
	MOVSD          X0, ret+152(FP)
	VZEROUPPER
	RET

// The 16-bit twins of pushCounts and pullCounts (lanes.go): a node's 64
// path counts are two vectors of 32 words, added with unsigned saturation
// (VPADDUSW) under the sources' bits, 32 at a time (KMOVD). Each also
// says whether a count it stored is 65,535, which a sum that saturated
// leaves.

// PUSHW(off, zs) sets Z8 to the counts at off(AX) of the sources of DX's
// low 32 bits (0 for the others) plus zs, stores them for the sources of
// BX's, marks in K7 those at the top, and moves on to the next 32 bits.
#define PUSHW(off, zs) \
	KMOVD       DX, K1 \
	KMOVD       BX, K2 \
	SHRQ        $32, DX \
	SHRQ        $32, BX \
	VMOVDQU16.Z off(AX), K1, Z8 \
	VPADDUSW    zs, Z8, Z8 \
	VMOVDQU16   Z8, K2, off(AX) \
	VPCMPEQW    Z31, Z8, K2, K3 \
	KORD        K3, K7, K7

// func pushCountsAVX512(lane, src []uint16, seen, next []uint64, row []int32, bv uint64, found []int32) (int, bool)
TEXT ·pushCountsAVX512(SB), NOSPLIT, $0-161
	PUSHARGS
	VMOVDQU16  0(DI), Z0
	VMOVDQU16  64(DI), Z1
	VPTERNLOGD $0xff, Z31, Z31, Z31
	KXORD      K7, K7, K7
	TESTQ      CX, CX
	JZ         pushwdone

pushwloop:
	PUSHHEAD(pushwnext, pushwhad)
	SHLQ $7, AX
	ADDQ SI, AX
	PUSHW(0, Z0)
	PUSHW(64, Z1)

pushwnext:
	ADDQ $4, R9
	DECQ CX
	JNZ  pushwloop

pushwdone:
	MOVQ     R11, ret+152(FP)
	KORTESTD K7, K7
	SETNE    ret1+160(FP)
	VZEROUPPER
	RET

// ADDCOUNTS adds, with saturation, the 64 counts at AX to Z0 and Z1 for
// the sources (bits) of DX.
#define ADDCOUNTS \
	KMOVD    DX, K1 \
	SHRQ     $32, DX \
	KMOVD    DX, K2 \
	VPADDUSW 0(AX), Z0, K1, Z0 \
	VPADDUSW 64(AX), Z1, K2, Z1

// func pullCountsAVX512(dst, lane []uint16, bits []uint64, row []int32, m uint64) (uint64, bool)
TEXT ·pullCountsAVX512(SB), NOSPLIT, $0-113
	GATHERARGS
	GATHER(pullwloop, pullwnext, pullwdone, 7, ADDCOUNTS)

	// store the sums of the sources found, and only those
	MOVQ       R11, DX
	KMOVD      DX, K1
	SHRQ       $32, DX
	KMOVD      DX, K2
	VMOVDQU16  Z0, K1, 0(DI)
	VMOVDQU16  Z1, K2, 64(DI)
	VPTERNLOGD $0xff, Z31, Z31, Z31
	VPCMPEQW   Z31, Z0, K1, K3
	VPCMPEQW   Z31, Z1, K2, K4
	KORD       K3, K4, K3
	KORTESTD   K3, K3
	SETNE      ret1+112(FP)
	MOVQ       R11, ret+104(FP)
	VZEROUPPER
	RET
