//! `DType`: the element types of Mojo's one numeric family, `SIMD[dtype, width]`. Every scalar
//! number type except `Int` is a width-1 SIMD (`Float64` is `SIMD[DType.float64, 1]`).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    pub const ALL: [DType; 13] = [
        DType::Bool,
        DType::I8,
        DType::I16,
        DType::I32,
        DType::I64,
        DType::U8,
        DType::U16,
        DType::U32,
        DType::U64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
    ];

    /// The member name after `DType.` (also what `print(DType.x)` shows).
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F16 => "float16",
            DType::BF16 => "bfloat16",
            DType::F32 => "float32",
            DType::F64 => "float64",
        }
    }

    pub fn from_name(n: &str) -> Option<DType> {
        DType::ALL.iter().copied().find(|d| d.name() == n)
    }

    /// The scalar alias (`Float32` for `SIMD[DType.float32, 1]`), if it has one.
    pub fn alias(self) -> &'static str {
        match self {
            DType::Bool => "Scalar[DType.bool]",
            DType::I8 => "Int8",
            DType::I16 => "Int16",
            DType::I32 => "Int32",
            DType::I64 => "Int64",
            DType::U8 => "UInt8",
            DType::U16 => "UInt16",
            DType::U32 => "UInt32",
            DType::U64 => "UInt64",
            DType::F16 => "Float16",
            DType::BF16 => "BFloat16",
            DType::F32 => "Float32",
            DType::F64 => "Float64",
        }
    }

    /// The dtype a scalar alias names; `UInt` (Mojo's unsigned machine-word integer) is a
    /// `UInt64` here.
    pub fn from_alias(n: &str) -> Option<DType> {
        if n == "UInt" {
            return Some(DType::U64);
        }
        DType::ALL.iter().copied().find(|d| d.alias() == n)
    }

    /// Size of one lane in bytes.
    pub fn size(self) -> u32 {
        match self {
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 | DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    pub fn bits(self) -> u32 {
        self.size() * 8
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }

    pub fn is_signed_int(self) -> bool {
        matches!(self, DType::I8 | DType::I16 | DType::I32 | DType::I64)
    }

    pub fn is_unsigned_int(self) -> bool {
        matches!(self, DType::U8 | DType::U16 | DType::U32 | DType::U64)
    }

    pub fn is_int(self) -> bool {
        self.is_signed_int() || self.is_unsigned_int()
    }

    /// A small stable number, used to name a dtype across the JIT's runtime calls.
    pub fn code(self) -> i64 {
        DType::ALL.iter().position(|d| *d == self).unwrap() as i64
    }

    pub fn from_code(c: i64) -> DType {
        DType::ALL[c as usize]
    }
}
