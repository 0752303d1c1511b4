//! The GPU targets: NVIDIA (NVPTX, `sm_80`, `sm_90`, ...) and AMD (AMDGPU, `gfx90a`, `gfx942`,
//! ...), their LLVM target machines, and what each emits.

use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine, TargetTriple};
use inkwell::OptimizationLevel;
use std::sync::Once;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// NVIDIA, by compute capability: `sm_90`.
    Nvptx(String),
    /// AMD, by architecture: `gfx942`.
    Amdgpu(String),
    /// The machine this runs on (host code through LLVM: `crate::host`).
    Host,
}

impl Target {
    /// A target from an architecture name (`sm_80`, `sm_90`, `gfx90a`, `gfx942`).
    pub fn parse(arch: &str) -> Result<Target, String> {
        if let Some(n) = arch.strip_prefix("sm_") {
            if n.chars().all(|c| c.is_ascii_digit() || c == 'a') && !n.is_empty() {
                return Ok(Target::Nvptx(arch.to_string()));
            }
        }
        if arch.starts_with("gfx") && arch.len() > 3 {
            return Ok(Target::Amdgpu(arch.to_string()));
        }
        Err(format!(
            "unknown GPU architecture '{arch}' (expected an NVIDIA one such as `sm_80`/`sm_90` or an AMD one such as `gfx90a`/`gfx942`)"
        ))
    }

    pub fn arch(&self) -> &str {
        match self {
            Target::Nvptx(a) | Target::Amdgpu(a) => a,
            Target::Host => "host",
        }
    }

    pub fn is_nvidia(&self) -> bool {
        matches!(self, Target::Nvptx(_))
    }

    pub fn triple(&self) -> String {
        match self {
            Target::Nvptx(_) => "nvptx64-nvidia-cuda".into(),
            Target::Amdgpu(_) => "amdgcn-amd-amdhsa".into(),
            Target::Host => TargetMachine::get_default_triple()
                .as_str()
                .to_string_lossy()
                .into_owned(),
        }
    }

    /// The address space of shared (workgroup) memory; generic pointers are address space 0 on
    /// both targets.
    pub fn shared_space(&self) -> u16 {
        3
    }

    /// Where `alloca`s live (AMDGPU's private memory is address space 5).
    pub fn alloca_space(&self) -> u16 {
        match self {
            Target::Nvptx(_) | Target::Host => 0,
            Target::Amdgpu(_) => 5,
        }
    }

    pub fn machine(&self) -> Result<TargetMachine, String> {
        if *self == Target::Host {
            return host_machine();
        }
        static INIT: Once = Once::new();
        INIT.call_once(|| {
            LlvmTarget::initialize_nvptx(&InitializationConfig::default());
            LlvmTarget::initialize_amd_gpu(&InitializationConfig::default());
        });
        let triple = TargetTriple::create(&self.triple());
        let target = LlvmTarget::from_triple(&triple).map_err(|e| e.to_string())?;
        let features = match self {
            // PTX ISA 7.8 is what LLVM 19 writes for sm_90; it is accepted back to sm_80 too.
            Target::Nvptx(_) => "+ptx78",
            Target::Amdgpu(_) | Target::Host => "",
        };
        target
            .create_target_machine(
                &triple,
                self.arch(),
                features,
                OptimizationLevel::Aggressive,
                RelocMode::PIC,
                CodeModel::Default,
            )
            .ok_or_else(|| format!("LLVM has no target machine for {}", self.arch()))
    }
}

/// This machine, with every feature its processor has (AVX2, FMA, ...).
fn host_machine() -> Result<TargetMachine, String> {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let _ = LlvmTarget::initialize_native(&InitializationConfig::default());
    });
    let triple = TargetMachine::get_default_triple();
    let target = LlvmTarget::from_triple(&triple).map_err(|e| e.to_string())?;
    let cpu = TargetMachine::get_host_cpu_name();
    let features = TargetMachine::get_host_cpu_features();
    target
        .create_target_machine(
            &triple,
            &cpu.to_string_lossy(),
            &features.to_string_lossy(),
            OptimizationLevel::Aggressive,
            // Position-independent: the code is linked wherever the JIT maps it, which may be
            // far from the runtime's functions.
            RelocMode::PIC,
            CodeModel::Small,
        )
        .ok_or_else(|| "LLVM has no target machine for this computer".to_string())
}

#[cfg(test)]
mod tests {
    use super::Target;

    #[test]
    fn architectures_parse() {
        assert_eq!(Target::parse("sm_90"), Ok(Target::Nvptx("sm_90".into())));
        assert_eq!(Target::parse("sm_90a"), Ok(Target::Nvptx("sm_90a".into())));
        assert_eq!(Target::parse("gfx942"), Ok(Target::Amdgpu("gfx942".into())));
        assert!(Target::parse("sm_").is_err());
        assert!(Target::parse("x86")
            .unwrap_err()
            .contains("unknown GPU architecture 'x86'"));
        assert_eq!(Target::parse("gfx90a").unwrap().triple(), "amdgcn-amd-amdhsa");
        assert_eq!(Target::parse("sm_80").unwrap().alloca_space(), 0);
    }

    #[test]
    fn machines_exist_for_both_vendors() {
        for arch in ["sm_80", "sm_90", "gfx90a", "gfx942"] {
            let tm = Target::parse(arch).unwrap().machine().unwrap();
            assert_eq!(tm.get_cpu().to_str().unwrap(), arch);
        }
    }
}
