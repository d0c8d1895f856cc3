"""SFT / instruction data: formats (Alpaca, ShareGPT, OpenAI chat), repairs, checks, dedup and
decontamination, as ``filters.base`` stages (``sft``, ``sft_dedup``, ``sft_decontaminate``)."""
