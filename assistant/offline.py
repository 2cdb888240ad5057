"""Nothing leaves the machine: telemetry and hub look-ups off for every library that has them (set at import)."""
import os

QUIET = {
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime
    "HF_HUB_OFFLINE": "1",  # huggingface_hub: no downloads, no look-ups
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",  # Gradio's usage analytics
    "DO_NOT_TRACK": "1",  # the convention several libraries honour
}


def no_traffic() -> None:
    """Set each variable unless the user set it already (os.environ.setdefault)."""
    for name, value in QUIET.items():
        os.environ.setdefault(name, value)


no_traffic()
