"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict


class BatchFileExpirationAfterParam(TypedDict):
    """Expiration policy for the files a batch produces."""

    anchor: Literal["created_at"]
    """Timestamp the expiration is counted from."""
    seconds: int
    """Lifetime in seconds after the anchor (one hour to 30 days)."""


class ChatCompletionToolParam(TypedDict):
    """A function the model may call during a chat completion."""

    type: Literal["function"]
    """Tool kind; only `function` exists."""
    function: FunctionObjectParam
    """Definition of the function to expose."""


class CreateBatchRequestParam(TypedDict):
    """Parameters for starting a batch."""

    input_file_id: str
    """ID of an uploaded JSONL file (purpose `batch`) with one request per line."""
    endpoint: Literal[
        "/v1/responses",
        "/v1/chat/completions",
        "/v1/embeddings",
        "/v1/completions",
        "/v1/moderations",
        "/v1/images/generations",
        "/v1/images/edits",
        "/v1/videos",
    ]
    """Endpoint every request in the file targets."""
    completion_window: Literal["24h"]
    """Processing window; only `24h` is accepted."""
    metadata: NotRequired[MetadataParam]
    """Up to 16 string key-value pairs for your own bookkeeping."""
    output_expires_after: NotRequired[BatchFileExpirationAfterParam]
    """Expiration policy for the output and error files."""


class CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam(TypedDict):
    """Take ready-made messages from a field of each item."""

    type: Literal["item_reference"]
    """Variant tag, always `item_reference`."""
    item_reference: str
    """Path of the item field holding the messages, e.g. `item.input_trajectory`."""


class CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam(TypedDict):
    """Build the prompt from a message template."""

    type: Literal["template"]
    """Variant tag, always `template`."""
    template: Sequence[EasyInputMessageParam | EvalItemParam]
    """Messages that may reference item fields such as `{{item.question}}`."""


class CreateEvalCompletionsRunDataSourceParam(TypedDict):
    """Run data source that samples a model through Chat Completions before grading."""

    type: Literal["completions"]
    """Variant tag, always `completions`."""
    input_messages: NotRequired[
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam
        | CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam
    ]
    """How the prompt sent to the model is built for each item."""
    sampling_params: NotRequired[CreateEvalCompletionsRunDataSourceSamplingParamsParam]
    model: NotRequired[str]
    """Model to sample, e.g. `gpt-4o-mini`."""
    source: (
        EvalJsonlFileContentSourceParam
        | EvalJsonlFileIdSourceParam
        | EvalStoredCompletionsSourceParam
    )
    """Where the items of the run come from."""


class CreateEvalCompletionsRunDataSourceSamplingParamsParam(TypedDict):
    """Generation settings for the sampled model."""

    reasoning_effort: NotRequired[ReasoningEffortParam]
    """How much reasoning effort a reasoning model should spend."""
    temperature: NotRequired[float]
    """Sampling temperature."""
    max_completion_tokens: NotRequired[int]
    """Upper bound on the number of tokens generated per sample."""
    top_p: NotRequired[float]
    """Nucleus sampling probability mass."""
    seed: NotRequired[int]
    """Seed used to make sampling reproducible."""
    response_format: NotRequired[
        ResponseFormatTextParam | ResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    ]
    """Output format the model must produce."""
    tools: NotRequired[Sequence[ChatCompletionToolParam]]
    """Functions the model may call while sampling."""


class CreateEvalCustomDataSourceConfigParam(TypedDict):
    """Data source configuration where you supply the JSON schema of each item yourself."""

    type: Literal["custom"]
    """Variant tag, always `custom`."""
    item_schema: Mapping[str, Any]
    """JSON schema every data item must satisfy."""
    include_sample_schema: NotRequired[bool]
    """Whether runs also produce a model sample that graders can reference."""


class CreateEvalItemFirstParam(TypedDict):
    """A bare chat message."""

    role: str
    """Author of the message, e.g. `system` or `user`."""
    content: str
    """Text of the message."""


class CreateEvalJsonlRunDataSourceParam(TypedDict):
    """Run data source that grades rows of a JSONL file (or inline rows) as they are."""

    type: Literal["jsonl"]
    """Variant tag, always `jsonl`."""
    source: EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam
    """Where the rows come from."""


class CreateEvalLabelModelGraderParam(TypedDict):
    """Grader that asks a model to pick labels for each item (create form)."""

    type: Literal["label_model"]
    """Variant tag, always `label_model`."""
    name: str
    """Name of the grader."""
    model: str
    """Model that assigns the labels; it must support structured outputs."""
    input: Sequence[CreateEvalItemParam]
    """Prompt messages; may contain template references."""
    labels: Sequence[str]
    """All labels the model may choose from."""
    passing_labels: Sequence[str]
    """Labels that count as a pass."""


class CreateEvalLogsDataSourceConfigParam(TypedDict):
    """Data source configuration that draws items from stored API logs."""

    type: Literal["logs"]
    """Variant tag, always `logs`."""
    metadata: NotRequired[Mapping[str, Any]]
    """Metadata filter applied to the logs."""


class CreateEvalRequestParam(TypedDict):
    """Parameters for creating an evaluation."""

    name: NotRequired[str]
    """Name of the evaluation."""
    metadata: NotRequired[MetadataParam]
    """Up to 16 string key-value pairs for your own bookkeeping."""
    data_source_config: (
        CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam
    )
    """Shape of the data the eval runs on; decides what `{{item.*}}` and `{{sample.*}}` refer to."""
    testing_criteria: Sequence[
        CreateEvalLabelModelGraderParam
        | EvalGraderStringCheckParam
        | EvalGraderTextSimilarityParam
        | EvalGraderPythonParam
        | EvalGraderScoreModelParam
    ]
    """Graders applied to every item; referenced data must match the configured schema."""


class CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam(TypedDict):
    """Take ready-made messages from a field of each item."""

    type: Literal["item_reference"]
    """Variant tag, always `item_reference`."""
    item_reference: str
    """Path of the item field holding the messages, e.g. `item.name`."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateParam(TypedDict):
    """Build the prompt from a message template."""

    type: Literal["template"]
    """Variant tag, always `template`."""
    template: Sequence[
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateFirstParam | EvalItemParam
    ]
    """Messages that may reference item fields such as `{{item.question}}`."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateFirstParam(TypedDict):
    """A bare chat message."""

    role: str
    """Author of the message, e.g. `system` or `user`."""
    content: str
    """Text of the message."""


class CreateEvalResponsesRunDataSourceParam(TypedDict):
    """Run data source that samples a model through the Responses API before grading."""

    type: Literal["responses"]
    """Variant tag, always `responses`."""
    input_messages: NotRequired[
        CreateEvalResponsesRunDataSourceInputMessagesTemplateParam
        | CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam
    ]
    """How the prompt sent to the model is built for each item."""
    sampling_params: NotRequired[CreateEvalResponsesRunDataSourceSamplingParamsParam]
    model: NotRequired[str]
    """Model to sample, e.g. `gpt-4o-mini`."""
    source: EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam | EvalResponsesSourceParam
    """Where the items of the run come from."""


class CreateEvalResponsesRunDataSourceSamplingParamsParam(TypedDict):
    """Generation settings for the sampled model."""

    reasoning_effort: NotRequired[ReasoningEffortParam]
    """How much reasoning effort a reasoning model should spend."""
    temperature: NotRequired[float]
    """Sampling temperature."""
    max_completion_tokens: NotRequired[int]
    """Upper bound on the number of tokens generated per sample."""
    top_p: NotRequired[float]
    """Nucleus sampling probability mass."""
    seed: NotRequired[int]
    """Seed used to make sampling reproducible."""
    tools: NotRequired[Sequence[ToolParam]]
    """Tools the model may use while sampling."""
    text: NotRequired[CreateEvalResponsesRunDataSourceSamplingParamsTextParam]


class CreateEvalResponsesRunDataSourceSamplingParamsTextParam(TypedDict):
    """Text output options."""

    format: NotRequired[TextResponseFormatConfigurationParam]
    """Output format the model must produce."""


class CreateEvalRunRequestParam(TypedDict):
    """Parameters for starting an eval run."""

    name: NotRequired[str]
    """Name of the run."""
    metadata: NotRequired[MetadataParam]
    """Up to 16 string key-value pairs for your own bookkeeping."""
    data_source: (
        CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam
    )
    """Data and, optionally, model settings the run uses."""


class CreateEvalStoredCompletionsDataSourceConfigParam(TypedDict):
    """Legacy data source configuration based on stored chat completions."""

    type: Literal["stored_completions"]
    """Variant tag, always `stored_completions`."""
    metadata: NotRequired[Mapping[str, Any]]
    """Metadata filter applied to the stored completions."""


class CreateFileRequestParam(TypedDict, closed=True):
    """Multipart form fields for a file upload."""

    file: bytes
    """The file to upload."""
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
    """Intended use of the file, which determines how it is validated."""
    expires_after: NotRequired[FileExpirationAfterParam]
    """When the file should expire; by default files are kept until deleted (batch files expire after 30 days)."""


class EasyInputMessageParam(TypedDict):
    """A simple chat message with a role and text or content parts."""

    role: Literal["user", "assistant", "system", "developer"]
    """Author of the message."""
    content: str | InputMessageContentListParam
    """Text, or a list of text, image and file parts."""
    phase: NotRequired[MessagePhaseParam | None]
    """For assistant messages, whether they are commentary or the final answer."""
    type: NotRequired[Literal["message"]]
    """Variant tag, always `message`."""


class EvalItemContentOutputTextParam(TypedDict):
    """Text previously produced by the model."""

    type: Literal["output_text"]
    """Variant tag, always `output_text`."""
    text: str
    """The text."""


EvalItemContentTextParam: TypeAlias = str
"""Plain text content."""


class EvalItemInputImageParam(TypedDict):
    """An image given to the model as input."""

    type: Literal["input_image"]
    """Variant tag, always `input_image`."""
    image_url: str
    """URL of the image."""
    detail: NotRequired[str]
    """Level of detail, `low`, `high` or `auto` (the default)."""


class EvalItemParam(TypedDict):
    """A message in a prompt template; its content may reference item fields with `{{item.x}}`."""

    role: Literal["user", "assistant", "system", "developer"]
    """Author of the message; `developer` and `system` outrank `user`."""
    content: EvalItemContentParam
    """Content of the message; may include template references."""
    type: NotRequired[Literal["message"]]
    """Variant tag, always `message`."""


CreateEvalItemParam: TypeAlias = CreateEvalItemFirstParam | EvalItemParam
"""A chat message used in a grader prompt, either a plain role/content pair or a full eval item."""


class EvalJsonlFileContentSourceContentParam(TypedDict):
    item: Mapping[str, Any]
    """The data item, available to templates as `item`."""
    sample: NotRequired[Mapping[str, Any]]
    """A precomputed sample, available as `sample`."""


class EvalJsonlFileContentSourceParam(TypedDict):
    """Rows supplied inline in the request."""

    type: Literal["file_content"]
    """Variant tag, always `file_content`."""
    content: Sequence[EvalJsonlFileContentSourceContentParam]
    """The rows."""


class EvalJsonlFileIdSourceParam(TypedDict):
    """Rows read from an uploaded JSONL file."""

    type: Literal["file_id"]
    """Variant tag, always `file_id`."""
    id: str
    """ID of the uploaded JSONL file."""


class EvalResponsesSourceParam(TypedDict):
    """Filters selecting stored Responses API calls as run items."""

    type: Literal["responses"]
    """Variant tag, always `responses`."""
    metadata: NotRequired[Mapping[str, Any] | None]
    """Keep only responses whose metadata contains these pairs."""
    model: NotRequired[str | None]
    """Keep only responses from this model."""
    instructions_search: NotRequired[str | None]
    """Keep only responses whose instructions contain this text."""
    created_after: NotRequired[int | None]
    """Keep only responses created at or after this Unix time."""
    created_before: NotRequired[int | None]
    """Keep only responses created at or before this Unix time."""
    reasoning_effort: NotRequired[ReasoningEffortParam | None]
    """Keep only responses with this reasoning effort."""
    temperature: NotRequired[float | None]
    """Keep only responses with this temperature."""
    top_p: NotRequired[float | None]
    """Keep only responses with this top_p."""
    users: NotRequired[Sequence[str] | None]
    """Keep only responses from these end-user identifiers."""
    tools: NotRequired[Sequence[str] | None]
    """Keep only responses that used these tools (by name)."""


class EvalStoredCompletionsSourceParam(TypedDict):
    """Filters selecting stored chat completions as run items."""

    type: Literal["stored_completions"]
    """Variant tag, always `stored_completions`."""
    metadata: NotRequired[MetadataParam]
    """Keep only completions whose metadata contains these pairs."""
    model: NotRequired[str | None]
    """Keep only completions from this model."""
    created_after: NotRequired[int | None]
    """Keep only completions created at or after this Unix time."""
    created_before: NotRequired[int | None]
    """Keep only completions created at or before this Unix time."""
    limit: NotRequired[int | None]
    """Maximum number of completions to use."""


class FileExpirationAfterParam(TypedDict):
    """Expiration policy for an uploaded file."""

    anchor: Literal["created_at"]
    """Timestamp the expiration is counted from."""
    seconds: int
    """Lifetime in seconds after the anchor (one hour to 30 days)."""


FileInputDetailParam: TypeAlias = Literal["auto", "low", "high"]
"""Level of detail used when the model reads a file."""


class FunctionObjectParam(TypedDict):
    """Definition of a callable function."""

    description: NotRequired[str]
    """What the function does; helps the model decide when to call it."""
    name: str
    """Name of the function (letters, digits, `_` and `-`, at most 64 characters)."""
    parameters: NotRequired[FunctionParametersParam]
    """JSON schema of the arguments."""
    strict: NotRequired[bool | None]
    """Whether arguments must follow the schema exactly."""


class FunctionParametersParam(TypedDict):
    """JSON schema of the function arguments; leave it out for a function without arguments."""


class GraderPythonParam(TypedDict):
    """Grader that runs a Python script."""

    type: Literal["python"]
    """Variant tag, always `python`."""
    name: str
    """Name of the grader."""
    source: str
    """Source code of the grading script."""
    image_tag: NotRequired[str]
    """Container image tag the script runs in."""


class EvalGraderPythonParam(GraderPythonParam):
    """Python grader as stored on an eval, with an optional pass threshold."""

    pass_threshold: NotRequired[float]
    """Minimum score that counts as a pass."""


class GraderScoreModelParam(TypedDict):
    """Grader that asks a model for a numeric score."""

    type: Literal["score_model"]
    """Variant tag, always `score_model`."""
    name: str
    """Name of the grader."""
    model: str
    """Model that produces the score."""
    sampling_params: NotRequired[GraderScoreModelSamplingParamsParam]
    input: Sequence[EvalItemParam]
    """Prompt messages; may contain template references."""
    range: NotRequired[Sequence[float]]
    """Lowest and highest possible score; `[0, 1]` when omitted."""


class EvalGraderScoreModelParam(GraderScoreModelParam):
    """Score-model grader as stored on an eval, with an optional pass threshold."""

    pass_threshold: NotRequired[float]
    """Minimum score that counts as a pass."""


class GraderScoreModelSamplingParamsParam(TypedDict):
    """Sampling settings for the grading model."""

    seed: NotRequired[int | None]
    """Seed used to make sampling reproducible."""
    top_p: NotRequired[float | None]
    """Nucleus sampling probability mass."""
    temperature: NotRequired[float | None]
    """Sampling temperature."""
    max_completions_tokens: NotRequired[int | None]
    """Upper bound on generated tokens (the field name is spelled this way upstream)."""
    reasoning_effort: NotRequired[ReasoningEffortParam]
    """How much reasoning effort a reasoning model should spend."""


class GraderStringCheckParam(TypedDict):
    """Grader that compares two strings with a simple operator."""

    type: Literal["string_check"]
    """Variant tag, always `string_check`."""
    name: str
    """Name of the grader."""
    input: str
    """Left-hand text; may contain template references."""
    reference: str
    """Right-hand text; may contain template references."""
    operation: Literal["eq", "ne", "like", "ilike"]
    """Comparison to apply (equal, not equal, or case-sensitive/insensitive LIKE)."""


class EvalGraderStringCheckParam(GraderStringCheckParam):
    """String-check grader as stored on an eval."""


class GraderTextSimilarityParam(TypedDict):
    """Grader that scores how similar two texts are."""

    type: Literal["text_similarity"]
    """Variant tag, always `text_similarity`."""
    name: str
    """Name of the grader."""
    input: str
    """Text to score."""
    reference: str
    """Text to compare against."""
    evaluation_metric: Literal[
        "cosine",
        "fuzzy_match",
        "bleu",
        "gleu",
        "meteor",
        "rouge_1",
        "rouge_2",
        "rouge_3",
        "rouge_4",
        "rouge_5",
        "rouge_l",
    ]
    """Similarity metric to compute."""


class EvalGraderTextSimilarityParam(GraderTextSimilarityParam):
    """Text-similarity grader as stored on an eval, with its pass threshold."""

    pass_threshold: float
    """Minimum similarity score that counts as a pass."""


ImageDetailParam: TypeAlias = Literal["low", "high", "auto", "original"]
"""Level of detail used when the model looks at an image."""


class InputAudioInputAudioParam(TypedDict):
    """The audio payload."""

    data: str
    """Audio bytes, base64-encoded."""
    format: Literal["mp3", "wav"]
    """Encoding of the audio."""


class InputAudioParam(TypedDict):
    """Audio given to the model as input."""

    type: Literal["input_audio"]
    """Variant tag, always `input_audio`."""
    input_audio: InputAudioInputAudioParam


class InputFileContentParam(TypedDict):
    """A file given to the model as input."""

    type: Literal["input_file"]
    """Variant tag, always `input_file`."""
    file_id: NotRequired[str | None]
    """ID of an uploaded file."""
    filename: NotRequired[str]
    """Name of the file."""
    file_data: NotRequired[str]
    """Inline file contents."""
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]
    """Marks the end of a cacheable prompt prefix."""
    file_url: NotRequired[str]
    """URL to fetch the file from."""
    detail: NotRequired[FileInputDetailParam]
    """Level of detail used when reading the file."""


class InputImageContentParam(TypedDict):
    """An image given to the model as input, by URL or file ID."""

    type: Literal["input_image"]
    """Variant tag, always `input_image`."""
    image_url: NotRequired[str | None]
    """Fully qualified URL or base64 data URL of the image."""
    file_id: NotRequired[str | None]
    """ID of an uploaded image file."""
    detail: ImageDetailParam
    """Level of detail used when looking at the image."""
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]
    """Marks the end of a cacheable prompt prefix."""


class InputTextContentParam(TypedDict):
    """Text given to the model as input."""

    type: Literal["input_text"]
    """Variant tag, always `input_text`."""
    text: str
    """The text."""
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]
    """Marks the end of a cacheable prompt prefix."""


EvalItemContentItemParam: TypeAlias = (
    EvalItemContentTextParam
    | InputTextContentParam
    | EvalItemContentOutputTextParam
    | EvalItemInputImageParam
    | InputAudioParam
)
"""One message content part (text, output text, image or audio)."""


EvalItemContentArrayParam: TypeAlias = Sequence[EvalItemContentItemParam]
"""A list of message content parts."""


EvalItemContentParam: TypeAlias = EvalItemContentItemParam | EvalItemContentArrayParam
"""Message content, either a single part or a list of parts."""


InputContentParam: TypeAlias = (
    InputTextContentParam | InputImageContentParam | InputFileContentParam
)
"""One content part of an input message."""


InputMessageContentListParam: TypeAlias = Sequence[InputContentParam]
"""A list of input content parts."""


MessagePhaseParam: TypeAlias = Literal["commentary", "final_answer"]
"""Marks an assistant message as interim commentary or as the final answer."""


MetadataParam: TypeAlias = Mapping[str, str] | None
"""Up to 16 string key-value pairs (keys up to 64 characters, values up to 512); `null` when unset."""


class PromptCacheBreakpointConfigParam(TypedDict):
    """Explicit end marker of a cacheable prompt prefix."""

    mode: Literal["explicit"]
    """Breakpoint mode; only `explicit` exists."""


ReasoningEffortParam: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None
)
"""How much reasoning effort a reasoning model should spend; `null` for the model default."""


class ResponseFormatJsonObjectParam(TypedDict):
    """Ask for any syntactically valid JSON object."""

    type: Literal["json_object"]
    """Variant tag, always `json_object`."""


class ResponseFormatJsonSchemaJsonSchemaParam(TypedDict):
    """Schema settings."""

    description: NotRequired[str]
    """What the output is for."""
    name: str
    """Name of the format (letters, digits, `_` and `-`, at most 64 characters)."""
    schema: NotRequired[ResponseFormatJsonSchemaSchemaParam]
    """The JSON schema itself."""
    strict: NotRequired[bool | None]
    """Whether the output must follow the schema exactly."""


class ResponseFormatJsonSchemaParam(TypedDict):
    """Ask for output that follows a given JSON schema (Chat Completions form)."""

    type: Literal["json_schema"]
    """Variant tag, always `json_schema`."""
    json_schema: ResponseFormatJsonSchemaJsonSchemaParam


class ResponseFormatJsonSchemaSchemaParam(TypedDict):
    """A JSON Schema object describing the expected output."""


class ResponseFormatTextParam(TypedDict):
    """Ask for plain text output."""

    type: Literal["text"]
    """Variant tag, always `text`."""


class TextResponseFormatJsonSchemaParam(TypedDict):
    """Ask for output that follows a given JSON schema (Responses API form)."""

    type: Literal["json_schema"]
    """Variant tag, always `json_schema`."""
    description: NotRequired[str]
    """What the output is for."""
    name: str
    """Name of the format (letters, digits, `_` and `-`, at most 64 characters)."""
    schema: ResponseFormatJsonSchemaSchemaParam
    """The JSON schema itself."""
    strict: NotRequired[bool | None]
    """Whether the output must follow the schema exactly."""


TextResponseFormatConfigurationParam: TypeAlias = (
    ResponseFormatTextParam | TextResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
)
"""Output format for the Responses API."""


class ToolParam(TypedDict):
    """A tool the model may use in the Responses API. Simplified here to an open object: only the `type` discriminator is modelled and all other fields are passed through untouched."""

    type: str
    """Kind of tool, e.g. `function`, `file_search` or `web_search`."""


class UpdateEvalRequestParam(TypedDict):
    name: NotRequired[str]
    """New name for the evaluation."""
    metadata: NotRequired[MetadataParam]
    """Up to 16 string key-value pairs for your own bookkeeping."""
