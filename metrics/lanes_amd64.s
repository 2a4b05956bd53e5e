//go:build amd64 && !purego

#include "textflag.h"

// func hasAVX512() bool
TEXT ·hasAVX512(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)
	// leaf 1: OSXSAVE (ECX bit 27)
	MOVL $1, AX
	XORL CX, CX
	CPUID
	BTL  $27, CX
	JCC  no
	// XCR0: SSE, AVX, opmask, ZMM_Hi256, Hi16_ZMM (bits 1, 2, 5, 6, 7)
	XORL CX, CX
	XGETBV
	ANDL $0xe6, AX
	CMPL AX, $0xe6
	JNE  no
	// leaf 7: AVX512F (EBX bit 16)
	MOVL $7, AX
	XORL CX, CX
	CPUID
	BTL  $16, BX
	JCC  no
	MOVB $1, ret+0(FP)
no:
	RET

// ADDMASKED adds chunk j of the 64 values at AX, for the sources of DX
// (moved down 8 bits a chunk), to Z0..Z7.
#define ADDMASKED \
	KMOVW   DX, K1 \
	SHRQ    $8, DX \
	KMOVW   DX, K2 \
	SHRQ    $8, DX \
	KMOVW   DX, K3 \
	SHRQ    $8, DX \
	KMOVW   DX, K4 \
	SHRQ    $8, DX \
	VADDPD  0(AX), Z0, K1, Z0 \
	VADDPD  64(AX), Z1, K2, Z1 \
	VADDPD  128(AX), Z2, K3, Z2 \
	VADDPD  192(AX), Z3, K4, Z3 \
	KMOVW   DX, K1 \
	SHRQ    $8, DX \
	KMOVW   DX, K2 \
	SHRQ    $8, DX \
	KMOVW   DX, K3 \
	SHRQ    $8, DX \
	KMOVW   DX, K4 \
	VADDPD  256(AX), Z4, K1, Z4 \
	VADDPD  320(AX), Z5, K2, Z5 \
	VADDPD  384(AX), Z6, K3, Z6 \
	VADDPD  448(AX), Z7, K4, Z7

// func gatherAVX512(sum *[64]float64, lane *float64, mask *uint64, row []int32, m uint64)
TEXT ·gatherAVX512(SB), NOSPLIT, $0-56
	MOVQ sum+0(FP), DI
	MOVQ lane+8(FP), SI
	MOVQ mask+16(FP), R8
	MOVQ row_base+24(FP), R9
	MOVQ row_len+32(FP), CX
	MOVQ m+48(FP), R10
	VMOVUPD 0(DI), Z0
	VMOVUPD 64(DI), Z1
	VMOVUPD 128(DI), Z2
	VMOVUPD 192(DI), Z3
	VMOVUPD 256(DI), Z4
	VMOVUPD 320(DI), Z5
	VMOVUPD 384(DI), Z6
	VMOVUPD 448(DI), Z7
	TESTQ CX, CX
	JZ    done

loop:
	MOVLQSX (R9), AX
	MOVQ    (R8)(AX*8), DX
	ANDQ    R10, DX
	JZ      next
	SHLQ    $9, AX
	ADDQ    SI, AX
	ADDMASKED

next:
	ADDQ $4, R9
	DECQ CX
	JNZ  loop

done:
	VMOVUPD Z0, 0(DI)
	VMOVUPD Z1, 64(DI)
	VMOVUPD Z2, 128(DI)
	VMOVUPD Z3, 192(DI)
	VMOVUPD Z4, 256(DI)
	VMOVUPD Z5, 320(DI)
	VMOVUPD Z6, 384(DI)
	VMOVUPD Z7, 448(DI)
	VZEROUPPER
	RET

// func pullAVX512(dst *float64, lane *float64, visit *uint64, row []int32, need uint64) uint64
TEXT ·pullAVX512(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ lane+8(FP), SI
	MOVQ visit+16(FP), R8
	MOVQ row_base+24(FP), R9
	MOVQ row_len+32(FP), CX
	MOVQ need+48(FP), R10
	XORQ R11, R11
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	TESTQ CX, CX
	JZ    pulldone

pullloop:
	MOVLQSX (R9), AX
	MOVQ    (R8)(AX*8), DX
	ANDQ    R10, DX
	JZ      pullnext
	ORQ     DX, R11
	SHLQ    $9, AX
	ADDQ    SI, AX
	ADDMASKED

pullnext:
	ADDQ $4, R9
	DECQ CX
	JNZ  pullloop

	TESTQ R11, R11
	JZ    pulldone
	MOVQ  R11, DX
	KMOVW DX, K1
	SHRQ  $8, DX
	KMOVW DX, K2
	SHRQ  $8, DX
	KMOVW DX, K3
	SHRQ  $8, DX
	KMOVW DX, K4
	SHRQ  $8, DX
	VMOVUPD Z0, K1, 0(DI)
	VMOVUPD Z1, K2, 64(DI)
	VMOVUPD Z2, K3, 128(DI)
	VMOVUPD Z3, K4, 192(DI)
	KMOVW DX, K1
	SHRQ  $8, DX
	KMOVW DX, K2
	SHRQ  $8, DX
	KMOVW DX, K3
	SHRQ  $8, DX
	KMOVW DX, K4
	VMOVUPD Z4, K1, 256(DI)
	VMOVUPD Z5, K2, 320(DI)
	VMOVUPD Z6, K3, 384(DI)
	VMOVUPD Z7, K4, 448(DI)

pulldone:
	MOVQ R11, ret+56(FP)
	VZEROUPPER
	RET

// PUSHCHUNK(off, Zsrc): the values at off(AX) of the sources of K1 (had)
// plus Zsrc, stored for the sources of K2 (new)
#define PUSHCHUNK(off, zs) \
	VMOVUPD.Z off(AX), K1, Z8 \
	VADDPD    zs, Z8, Z8 \
	VMOVUPD   Z8, K2, off(AX)

#define PUSHMASKS \
	KMOVW DX, K1 \
	KMOVW BX, K2 \
	SHRQ  $8, DX \
	SHRQ  $8, BX

// func pushAVX512(lane *float64, src *float64, seen, next *uint64, row []int32, bv uint64, found *int32) int
TEXT ·pushAVX512(SB), NOSPLIT, $0-80
	MOVQ lane+0(FP), SI
	MOVQ src+8(FP), DI
	MOVQ seen+16(FP), R8
	MOVQ next+24(FP), R12
	MOVQ row_base+32(FP), R9
	MOVQ row_len+40(FP), CX
	MOVQ bv+56(FP), R10
	MOVQ found+64(FP), R13
	XORQ R11, R11
	VMOVUPD 0(DI), Z0
	VMOVUPD 64(DI), Z1
	VMOVUPD 128(DI), Z2
	VMOVUPD 192(DI), Z3
	VMOVUPD 256(DI), Z4
	VMOVUPD 320(DI), Z5
	VMOVUPD 384(DI), Z6
	VMOVUPD 448(DI), Z7
	TESTQ CX, CX
	JZ    pushdone

pushloop:
	MOVLQSX (R9), AX
	MOVQ    (R8)(AX*8), BX
	NOTQ    BX
	ANDQ    R10, BX
	JZ      pushnext
	MOVQ    (R12)(AX*8), DX
	TESTQ   DX, DX
	JNZ     pushhad
	MOVL    AX, (R13)(R11*4)
	INCQ    R11

pushhad:
	ORQ  BX, (R12)(AX*8)
	SHLQ $9, AX
	ADDQ SI, AX
	PUSHMASKS
	PUSHCHUNK(0, Z0)
	PUSHMASKS
	PUSHCHUNK(64, Z1)
	PUSHMASKS
	PUSHCHUNK(128, Z2)
	PUSHMASKS
	PUSHCHUNK(192, Z3)
	PUSHMASKS
	PUSHCHUNK(256, Z4)
	PUSHMASKS
	PUSHCHUNK(320, Z5)
	PUSHMASKS
	PUSHCHUNK(384, Z6)
	PUSHMASKS
	PUSHCHUNK(448, Z7)

pushnext:
	ADDQ $4, R9
	DECQ CX
	JNZ  pushloop

pushdone:
	MOVQ R11, ret+72(FP)
	VZEROUPPER
	RET
