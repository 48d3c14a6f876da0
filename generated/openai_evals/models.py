"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field
from typing_extensions import TypeAliasType

from ._models import BaseModel


class Batch(BaseModel):
    """A batch job and its progress."""

    id: str
    """Identifier of the batch."""
    object: Literal["batch"]
    """Object type, always `batch`."""
    endpoint: str
    """API endpoint the batched requests are sent to."""
    model: str | None = None
    """Model used by the batch, when known."""
    errors: BatchErrors | None = None
    input_file_id: str
    """File holding the batch requests."""
    completion_window: str
    """Time frame in which the batch should finish."""
    status: Literal[
        "validating",
        "failed",
        "in_progress",
        "finalizing",
        "completed",
        "expired",
        "cancelling",
        "cancelled",
    ]
    """Current state of the batch."""
    output_file_id: str | None = None
    """File holding the results of successful requests."""
    error_file_id: str | None = None
    """File holding the results of failed requests."""
    created_at: int
    """Creation time as a Unix timestamp in seconds."""
    in_progress_at: int | None = None
    """When processing started (Unix seconds)."""
    expires_at: int | None = None
    """When the batch expires (Unix seconds)."""
    finalizing_at: int | None = None
    """When finalizing started (Unix seconds)."""
    completed_at: int | None = None
    """When the batch completed (Unix seconds)."""
    failed_at: int | None = None
    """When the batch failed (Unix seconds)."""
    expired_at: int | None = None
    """When the batch expired (Unix seconds)."""
    cancelling_at: int | None = None
    """When cancellation started (Unix seconds)."""
    cancelled_at: int | None = None
    """When the batch was cancelled (Unix seconds)."""
    request_counts: BatchRequestCounts | None = None
    """Per-state request counters."""
    usage: BatchUsage | None = None
    metadata: Metadata | None = None
    """Up to 16 string key-value pairs for your own bookkeeping."""


class BatchError(BaseModel):
    """One problem found while validating or executing a batch."""

    code: str | None = None
    """Machine-readable error code."""
    message: str | None = None
    """Human-readable explanation."""
    param: str | None = None
    """Parameter that caused the error, if any."""
    line: int | None = None
    """Line of the input file that caused the error, if any."""


class BatchErrors(BaseModel):
    """Validation errors, if any."""

    object: str | None = None
    """Type of the error list."""
    data: list[BatchError] | None = None
    """The individual errors."""


class BatchRequestCounts(BaseModel):
    """How many requests of the batch are in each state."""

    total: int
    """Number of requests in the batch."""
    completed: int
    """Requests that finished successfully."""
    failed: int
    """Requests that failed."""


class BatchUsage(BaseModel):
    """Token usage summed over the batch (only for batches created after usage tracking started)."""

    input_tokens: int
    """Input tokens consumed."""
    input_tokens_details: BatchUsageInputTokensDetails
    output_tokens: int
    """Output tokens generated."""
    output_tokens_details: BatchUsageOutputTokensDetails
    total_tokens: int
    """Sum of input and output tokens."""


class BatchUsageInputTokensDetails(BaseModel):
    """Breakdown of the input tokens."""

    cached_tokens: int
    """Input tokens served from the prompt cache."""


class BatchUsageOutputTokensDetails(BaseModel):
    """Breakdown of the output tokens."""

    reasoning_tokens: int
    """Output tokens spent on reasoning."""


class ChatCompletionTool(BaseModel):
    """A function the model may call during a chat completion."""

    type: Literal["function"]
    """Tool kind; only `function` exists."""
    function: FunctionObject
    """Definition of the function to expose."""


class CreateEvalCompletionsRunDataSource(BaseModel):
    """Run data source that samples a model through Chat Completions before grading."""

    type: Literal["completions"]
    """Variant tag, always `completions`."""
    input_messages: (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplate
        | CreateEvalCompletionsRunDataSourceInputMessagesItemReference
        | None
    ) = None
    """How the prompt sent to the model is built for each item."""
    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None = None
    model: str | None = None
    """Model to sample, e.g. `gpt-4o-mini`."""
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource = (
        Field(..., discriminator="type")
    )
    """Where the items of the run come from."""


class CreateEvalCompletionsRunDataSourceInputMessagesItemReference(BaseModel):
    """Take ready-made messages from a field of each item."""

    type: Literal["item_reference"]
    """Variant tag, always `item_reference`."""
    item_reference: str
    """Path of the item field holding the messages, e.g. `item.input_trajectory`."""


class CreateEvalCompletionsRunDataSourceInputMessagesTemplate(BaseModel):
    """Build the prompt from a message template."""

    type: Literal["template"]
    """Variant tag, always `template`."""
    template: list[EasyInputMessage | EvalItem]
    """Messages that may reference item fields such as `{{item.question}}`."""


class CreateEvalCompletionsRunDataSourceSamplingParams(BaseModel):
    """Generation settings for the sampled model."""

    reasoning_effort: ReasoningEffort | None = None
    """How much reasoning effort a reasoning model should spend."""
    temperature: float | None = 1
    """Sampling temperature."""
    max_completion_tokens: int | None = None
    """Upper bound on the number of tokens generated per sample."""
    top_p: float | None = 1
    """Nucleus sampling probability mass."""
    seed: int | None = 42
    """Seed used to make sampling reproducible."""
    response_format: (
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | None
    ) = Field(None, discriminator="type")
    """Output format the model must produce."""
    tools: list[ChatCompletionTool] | None = None
    """Functions the model may call while sampling."""


class CreateEvalJsonlRunDataSource(BaseModel):
    """Run data source that grades rows of a JSONL file (or inline rows) as they are."""

    type: Literal["jsonl"]
    """Variant tag, always `jsonl`."""
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource = Field(..., discriminator="type")
    """Where the rows come from."""


class CreateEvalResponsesRunDataSource(BaseModel):
    """Run data source that samples a model through the Responses API before grading."""

    type: Literal["responses"]
    """Variant tag, always `responses`."""
    input_messages: (
        CreateEvalResponsesRunDataSourceInputMessagesTemplate
        | CreateEvalResponsesRunDataSourceInputMessagesItemReference
        | None
    ) = None
    """How the prompt sent to the model is built for each item."""
    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None
    model: str | None = None
    """Model to sample, e.g. `gpt-4o-mini`."""
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource = Field(
        ..., discriminator="type"
    )
    """Where the items of the run come from."""


class CreateEvalResponsesRunDataSourceInputMessagesItemReference(BaseModel):
    """Take ready-made messages from a field of each item."""

    type: Literal["item_reference"]
    """Variant tag, always `item_reference`."""
    item_reference: str
    """Path of the item field holding the messages, e.g. `item.name`."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(BaseModel):
    """Build the prompt from a message template."""

    type: Literal["template"]
    """Variant tag, always `template`."""
    template: list[CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateFirst | EvalItem]
    """Messages that may reference item fields such as `{{item.question}}`."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateFirst(BaseModel):
    """A bare chat message."""

    role: str
    """Author of the message, e.g. `system` or `user`."""
    content: str
    """Text of the message."""


class CreateEvalResponsesRunDataSourceSamplingParams(BaseModel):
    """Generation settings for the sampled model."""

    reasoning_effort: ReasoningEffort | None = None
    """How much reasoning effort a reasoning model should spend."""
    temperature: float | None = 1
    """Sampling temperature."""
    max_completion_tokens: int | None = None
    """Upper bound on the number of tokens generated per sample."""
    top_p: float | None = 1
    """Nucleus sampling probability mass."""
    seed: int | None = 42
    """Seed used to make sampling reproducible."""
    tools: list[Tool] | None = None
    """Tools the model may use while sampling."""
    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = None


class CreateEvalResponsesRunDataSourceSamplingParamsText(BaseModel):
    """Text output options."""

    format: TextResponseFormatConfiguration | None = None
    """Output format the model must produce."""


class DeleteEvalResponse(BaseModel):
    object: str
    """Type of the returned object."""
    deleted: bool
    """True when the evaluation was removed."""
    eval_id: str
    """Identifier of the removed evaluation."""


class DeleteEvalRunResponse(BaseModel):
    object: str | None = None
    """Type of the returned object."""
    deleted: bool | None = None
    """True when the run was removed."""
    run_id: str | None = None
    """Identifier of the removed run."""


class DeleteFileResponse(BaseModel):
    """Result of deleting a file."""

    id: str
    """Identifier of the removed file."""
    object: Literal["file"]
    """Object type, always `file`."""
    deleted: bool
    """True when the file was removed."""


class EasyInputMessage(BaseModel):
    """A simple chat message with a role and text or content parts."""

    role: Literal["user", "assistant", "system", "developer"]
    """Author of the message."""
    content: str | InputMessageContentList
    """Text, or a list of text, image and file parts."""
    phase: MessagePhase | None = None
    """For assistant messages, whether they are commentary or the final answer."""
    type: Literal["message"] | None = None
    """Variant tag, always `message`."""


class Eval(BaseModel):
    """An evaluation with its data source configuration and testing criteria."""

    object: Literal["eval"]
    """Object type, always `eval`."""
    id: str
    """Identifier of the evaluation."""
    name: str
    """Name of the evaluation."""
    data_source_config: (
        EvalCustomDataSourceConfig
        | EvalLogsDataSourceConfig
        | EvalStoredCompletionsDataSourceConfig
    ) = Field(..., discriminator="type")
    """Shape of the data the eval runs on."""
    testing_criteria: list[
        EvalGraderLabelModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
        | EvalGraderPython
        | EvalGraderScoreModel
    ]
    """Graders applied to every item."""
    created_at: int
    """Creation time as a Unix timestamp in seconds."""
    metadata: Metadata
    """Up to 16 string key-value pairs for your own bookkeeping."""


class EvalApiError(BaseModel):
    """Error details attached to a run or sample."""

    code: str
    """Machine-readable error code."""
    message: str
    """Human-readable explanation."""


class EvalCustomDataSourceConfig(BaseModel):
    """Custom data source configuration together with the resulting item schema."""

    type: Literal["custom"]
    """Variant tag, always `custom`."""
    schema_: dict[str, Any] = Field(..., alias="schema")
    """JSON schema of a run data source item."""


class EvalItem(BaseModel):
    """A message in a prompt template; its content may reference item fields with `{{item.x}}`."""

    role: Literal["user", "assistant", "system", "developer"]
    """Author of the message; `developer` and `system` outrank `user`."""
    content: EvalItemContent
    """Content of the message; may include template references."""
    type: Literal["message"] | None = None
    """Variant tag, always `message`."""


class EvalItemContentOutputText(BaseModel):
    """Text previously produced by the model."""

    type: Literal["output_text"]
    """Variant tag, always `output_text`."""
    text: str
    """The text."""


EvalItemContentText = TypeAliasType("EvalItemContentText", str)
"""Plain text content."""


class EvalItemInputImage(BaseModel):
    """An image given to the model as input."""

    type: Literal["input_image"]
    """Variant tag, always `input_image`."""
    image_url: str
    """URL of the image."""
    detail: str | None = None
    """Level of detail, `low`, `high` or `auto` (the default)."""


class EvalJsonlFileContentSource(BaseModel):
    """Rows supplied inline in the request."""

    type: Literal["file_content"]
    """Variant tag, always `file_content`."""
    content: list[EvalJsonlFileContentSourceContent]
    """The rows."""


class EvalJsonlFileContentSourceContent(BaseModel):
    item: dict[str, Any]
    """The data item, available to templates as `item`."""
    sample: dict[str, Any] | None = None
    """A precomputed sample, available as `sample`."""


class EvalJsonlFileIdSource(BaseModel):
    """Rows read from an uploaded JSONL file."""

    type: Literal["file_id"]
    """Variant tag, always `file_id`."""
    id: str
    """ID of the uploaded JSONL file."""


class EvalList(BaseModel):
    """A page of evaluations."""

    object: Literal["list"]
    """Object type, always `list`."""
    data: list[Eval]
    """The evaluations."""
    first_id: str
    """ID of the first object in this page."""
    last_id: str
    """ID of the last object in this page."""
    has_more: bool
    """Whether further pages exist after this one."""


class EvalLogsDataSourceConfig(BaseModel):
    """Logs data source configuration together with the resulting item schema."""

    type: Literal["logs"]
    """Variant tag, always `logs`."""
    metadata: Metadata | None = None
    """Up to 16 string key-value pairs for your own bookkeeping."""
    schema_: dict[str, Any] = Field(..., alias="schema")
    """JSON schema of a run data source item."""


class EvalResponsesSource(BaseModel):
    """Filters selecting stored Responses API calls as run items."""

    type: Literal["responses"]
    """Variant tag, always `responses`."""
    metadata: dict[str, Any] | None = None
    """Keep only responses whose metadata contains these pairs."""
    model: str | None = None
    """Keep only responses from this model."""
    instructions_search: str | None = None
    """Keep only responses whose instructions contain this text."""
    created_after: int | None = None
    """Keep only responses created at or after this Unix time."""
    created_before: int | None = None
    """Keep only responses created at or before this Unix time."""
    reasoning_effort: ReasoningEffort | None = None
    """Keep only responses with this reasoning effort."""
    temperature: float | None = None
    """Keep only responses with this temperature."""
    top_p: float | None = None
    """Keep only responses with this top_p."""
    users: list[str] | None = None
    """Keep only responses from these end-user identifiers."""
    tools: list[str] | None = None
    """Keep only responses that used these tools (by name)."""


class EvalRun(BaseModel):
    """One execution of an evaluation and its aggregated outcome."""

    object: Literal["eval.run"]
    """Object type, always `eval.run`."""
    id: str
    """Identifier of the run."""
    eval_id: str
    """Identifier of the evaluation the run belongs to."""
    status: str
    """State of the run, e.g. `queued`, `in_progress`, `completed`, `canceled` or `failed`."""
    model: str
    """Model that was sampled, if any."""
    name: str
    """Name of the run."""
    created_at: int
    """Creation time as a Unix timestamp in seconds."""
    report_url: str
    """Link to the run report in the dashboard."""
    result_counts: EvalRunResultCounts
    per_model_usage: list[EvalRunPerModelUsage]
    """Token usage per sampled model."""
    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResults]
    """Pass and fail counts per grader."""
    data_source: (
        CreateEvalJsonlRunDataSource
        | CreateEvalCompletionsRunDataSource
        | CreateEvalResponsesRunDataSource
    ) = Field(..., discriminator="type")
    """Data source the run was started with."""
    metadata: Metadata
    """Up to 16 string key-value pairs for your own bookkeeping."""
    error: EvalApiError
    """Why the run failed, if it did."""


class EvalRunList(BaseModel):
    """A page of eval runs."""

    object: Literal["list"]
    """Object type, always `list`."""
    data: list[EvalRun]
    """The runs."""
    first_id: str
    """ID of the first object in this page."""
    last_id: str
    """ID of the last object in this page."""
    has_more: bool
    """Whether further pages exist after this one."""


class EvalRunOutputItem(BaseModel):
    """The outcome of a run for one data source row."""

    object: Literal["eval.run.output_item"]
    """Object type, always `eval.run.output_item`."""
    id: str
    """Identifier of the output item."""
    run_id: str
    """Identifier of the run."""
    eval_id: str
    """Identifier of the evaluation."""
    created_at: int
    """Creation time as a Unix timestamp in seconds."""
    status: str
    """Outcome of the item, e.g. `pass` or `fail`."""
    datasource_item_id: int
    """Index of the row in the data source."""
    datasource_item: dict[str, Any]
    """The row as it was read from the data source."""
    results: list[EvalRunOutputItemResult]
    """One result per grader."""
    sample: EvalRunOutputItemSample


class EvalRunOutputItemList(BaseModel):
    """A page of eval run output items."""

    object: Literal["list"]
    """Object type, always `list`."""
    data: list[EvalRunOutputItem]
    """The output items."""
    first_id: str
    """ID of the first object in this page."""
    last_id: str
    """ID of the last object in this page."""
    has_more: bool
    """Whether further pages exist after this one."""


class EvalRunOutputItemResult(BaseModel):
    """What a single grader concluded for an output item; graders may add extra fields."""

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """Name of the grader."""
    type: str | None = None
    """Kind of grader, e.g. `string_check`."""
    score: float
    """Numeric score given by the grader."""
    passed: bool
    """Whether the item passed this grader."""
    sample: dict[str, Any] | None = None
    """Extra sample data the grader recorded, if any."""


class EvalRunOutputItemSample(BaseModel):
    """The model sample that was graded."""

    input: list[EvalRunOutputItemSampleInput]
    """Messages sent to the model."""
    output: list[EvalRunOutputItemSampleOutput]
    """Messages the model produced."""
    finish_reason: str
    """Why generation stopped."""
    model: str
    """Model that produced the sample."""
    usage: EvalRunOutputItemSampleUsage
    error: EvalApiError
    """Why sampling failed, if it did."""
    temperature: float
    """Sampling temperature used."""
    max_completion_tokens: int
    """Completion token limit used."""
    top_p: float
    """Nucleus sampling probability mass used."""
    seed: int
    """Seed used for sampling."""


class EvalRunOutputItemSampleInput(BaseModel):
    role: str
    """Author of the message."""
    content: str
    """Text of the message."""


class EvalRunOutputItemSampleOutput(BaseModel):
    role: str | None = None
    """Author of the message."""
    content: str | None = None
    """Text of the message."""


class EvalRunOutputItemSampleUsage(BaseModel):
    """Token usage of the sample."""

    total_tokens: int
    """Sum of prompt and completion tokens."""
    completion_tokens: int
    """Completion tokens generated."""
    prompt_tokens: int
    """Prompt tokens consumed."""
    cached_tokens: int
    """Prompt tokens served from cache."""


class EvalRunPerModelUsage(BaseModel):
    model_name: str
    """Name of the model."""
    invocation_count: int
    """Number of calls made."""
    prompt_tokens: int
    """Prompt tokens consumed."""
    completion_tokens: int
    """Completion tokens generated."""
    total_tokens: int
    """Sum of prompt and completion tokens."""
    cached_tokens: int
    """Prompt tokens served from cache."""


class EvalRunPerTestingCriteriaResults(BaseModel):
    testing_criteria: str
    """Grader identifier."""
    passed: int
    """Items this grader passed."""
    failed: int
    """Items this grader failed."""


class EvalRunResultCounts(BaseModel):
    """Item counts by outcome."""

    total: int
    """Items processed."""
    errored: int
    """Items that hit an error."""
    failed: int
    """Items that did not pass."""
    passed: int
    """Items that passed."""


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated. Legacy stored-completions configuration together with the resulting item schema."""

    type: Literal["stored_completions"]
    """Variant tag, always `stored_completions`."""
    metadata: Metadata | None = None
    """Up to 16 string key-value pairs for your own bookkeeping."""
    schema_: dict[str, Any] = Field(..., alias="schema")
    """JSON schema of a run data source item."""


class EvalStoredCompletionsSource(BaseModel):
    """Filters selecting stored chat completions as run items."""

    type: Literal["stored_completions"]
    """Variant tag, always `stored_completions`."""
    metadata: Metadata | None = None
    """Keep only completions whose metadata contains these pairs."""
    model: str | None = None
    """Keep only completions from this model."""
    created_after: int | None = None
    """Keep only completions created at or after this Unix time."""
    created_before: int | None = None
    """Keep only completions created at or before this Unix time."""
    limit: int | None = None
    """Maximum number of completions to use."""


FileInputDetail = TypeAliasType("FileInputDetail", Literal["auto", "low", "high"])
"""Level of detail used when the model reads a file."""


class FunctionObject(BaseModel):
    """Definition of a callable function."""

    description: str | None = None
    """What the function does; helps the model decide when to call it."""
    name: str
    """Name of the function (letters, digits, `_` and `-`, at most 64 characters)."""
    parameters: FunctionParameters | None = None
    """JSON schema of the arguments."""
    strict: bool | None = None
    """Whether arguments must follow the schema exactly."""


class FunctionParameters(BaseModel):
    """JSON schema of the function arguments; leave it out for a function without arguments."""

    model_config = ConfigDict(
        extra="allow",
    )


class GraderLabelModel(BaseModel):
    """Grader that asks a model to pick labels for each item."""

    type: Literal["label_model"]
    """Variant tag, always `label_model`."""
    name: str
    """Name of the grader."""
    model: str
    """Model that assigns the labels; it must support structured outputs."""
    input: list[EvalItem]
    """Prompt messages; may contain template references."""
    labels: list[str]
    """All labels the model may choose from."""
    passing_labels: list[str]
    """Labels that count as a pass."""


class EvalGraderLabelModel(GraderLabelModel):
    """Label-model grader as stored on an eval."""


class GraderPython(BaseModel):
    """Grader that runs a Python script."""

    type: Literal["python"]
    """Variant tag, always `python`."""
    name: str
    """Name of the grader."""
    source: str
    """Source code of the grading script."""
    image_tag: str | None = None
    """Container image tag the script runs in."""


class EvalGraderPython(GraderPython):
    """Python grader as stored on an eval, with an optional pass threshold."""

    pass_threshold: float | None = None
    """Minimum score that counts as a pass."""


class GraderScoreModel(BaseModel):
    """Grader that asks a model for a numeric score."""

    type: Literal["score_model"]
    """Variant tag, always `score_model`."""
    name: str
    """Name of the grader."""
    model: str
    """Model that produces the score."""
    sampling_params: GraderScoreModelSamplingParams | None = None
    input: list[EvalItem]
    """Prompt messages; may contain template references."""
    range: list[float] | None = None
    """Lowest and highest possible score; `[0, 1]` when omitted."""


class EvalGraderScoreModel(GraderScoreModel):
    """Score-model grader as stored on an eval, with an optional pass threshold."""

    pass_threshold: float | None = None
    """Minimum score that counts as a pass."""


class GraderScoreModelSamplingParams(BaseModel):
    """Sampling settings for the grading model."""

    seed: int | None = None
    """Seed used to make sampling reproducible."""
    top_p: float | None = None
    """Nucleus sampling probability mass."""
    temperature: float | None = None
    """Sampling temperature."""
    max_completions_tokens: int | None = None
    """Upper bound on generated tokens (the field name is spelled this way upstream)."""
    reasoning_effort: ReasoningEffort | None = None
    """How much reasoning effort a reasoning model should spend."""


class GraderStringCheck(BaseModel):
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


class EvalGraderStringCheck(GraderStringCheck):
    """String-check grader as stored on an eval."""


class GraderTextSimilarity(BaseModel):
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


class EvalGraderTextSimilarity(GraderTextSimilarity):
    """Text-similarity grader as stored on an eval, with its pass threshold."""

    pass_threshold: float
    """Minimum similarity score that counts as a pass."""


ImageDetail = TypeAliasType("ImageDetail", Literal["low", "high", "auto", "original"])
"""Level of detail used when the model looks at an image."""


class InputAudio(BaseModel):
    """Audio given to the model as input."""

    type: Literal["input_audio"]
    """Variant tag, always `input_audio`."""
    input_audio: InputAudioInputAudio


class InputAudioInputAudio(BaseModel):
    """The audio payload."""

    data: str
    """Audio bytes, base64-encoded."""
    format: Literal["mp3", "wav"]
    """Encoding of the audio."""


class InputFileContent(BaseModel):
    """A file given to the model as input."""

    type: Literal["input_file"]
    """Variant tag, always `input_file`."""
    file_id: str | None = None
    """ID of an uploaded file."""
    filename: str | None = None
    """Name of the file."""
    file_data: str | None = None
    """Inline file contents."""
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the end of a cacheable prompt prefix."""
    file_url: str | None = None
    """URL to fetch the file from."""
    detail: FileInputDetail | None = None
    """Level of detail used when reading the file."""


class InputImageContent(BaseModel):
    """An image given to the model as input, by URL or file ID."""

    type: Literal["input_image"]
    """Variant tag, always `input_image`."""
    image_url: str | None = None
    """Fully qualified URL or base64 data URL of the image."""
    file_id: str | None = None
    """ID of an uploaded image file."""
    detail: ImageDetail
    """Level of detail used when looking at the image."""
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the end of a cacheable prompt prefix."""


class InputTextContent(BaseModel):
    """Text given to the model as input."""

    type: Literal["input_text"]
    """Variant tag, always `input_text`."""
    text: str
    """The text."""
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the end of a cacheable prompt prefix."""


EvalItemContentItem = TypeAliasType(
    "EvalItemContentItem",
    EvalItemContentText
    | InputTextContent
    | EvalItemContentOutputText
    | EvalItemInputImage
    | InputAudio,
)
"""One message content part (text, output text, image or audio)."""


EvalItemContentArray = TypeAliasType("EvalItemContentArray", list[EvalItemContentItem])
"""A list of message content parts."""


EvalItemContent = TypeAliasType("EvalItemContent", EvalItemContentItem | EvalItemContentArray)
"""Message content, either a single part or a list of parts."""


InputContent = TypeAliasType(
    "InputContent",
    Annotated[
        InputTextContent | InputImageContent | InputFileContent, Field(..., discriminator="type")
    ],
)
"""One content part of an input message."""


InputMessageContentList = TypeAliasType("InputMessageContentList", list[InputContent])
"""A list of input content parts."""


class ListBatchesResponse(BaseModel):
    """A page of batches."""

    data: list[Batch]
    """The batches."""
    first_id: str | None = None
    """ID of the first object in this page."""
    last_id: str | None = None
    """ID of the last object in this page."""
    has_more: bool
    """Whether further pages exist after this one."""
    object: Literal["list"]
    """Object type, always `list`."""


class ListFilesResponse(BaseModel):
    """A page of files."""

    object: str
    """Type of the list object."""
    data: list[OpenAIFile]
    """The files."""
    first_id: str
    """ID of the first object in this page."""
    last_id: str
    """ID of the last object in this page."""
    has_more: bool
    """Whether further pages exist after this one."""


MessagePhase = TypeAliasType("MessagePhase", Literal["commentary", "final_answer"])
"""Marks an assistant message as interim commentary or as the final answer."""


Metadata = TypeAliasType("Metadata", dict[str, str] | None)
"""Up to 16 string key-value pairs (keys up to 64 characters, values up to 512); `null` when unset."""


class OpenAIFile(BaseModel):
    """Metadata of an uploaded file."""

    id: str
    """Identifier of the file, usable in other endpoints."""
    bytes: int
    """Size in bytes."""
    created_at: int
    """Creation time as a Unix timestamp in seconds."""
    expires_at: int | None = None
    """When the file expires (Unix seconds)."""
    filename: str
    """Original file name."""
    object: Literal["file"]
    """Object type, always `file`."""
    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
        "user_data",
    ]
    """Intended use of the file."""
    status: Literal["uploaded", "processed", "error"]
    """Deprecated. Processing state (deprecated)."""
    status_details: str | None = None
    """Deprecated. Why validation failed, for fine-tuning files (deprecated)."""


class PromptCacheBreakpointConfig(BaseModel):
    """Explicit end marker of a cacheable prompt prefix."""

    mode: Literal["explicit"]
    """Breakpoint mode; only `explicit` exists."""


ReasoningEffort = TypeAliasType(
    "ReasoningEffort", Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None
)
"""How much reasoning effort a reasoning model should spend; `null` for the model default."""


class ResponseFormatJsonObject(BaseModel):
    """Ask for any syntactically valid JSON object."""

    type: Literal["json_object"]
    """Variant tag, always `json_object`."""


class ResponseFormatJsonSchema(BaseModel):
    """Ask for output that follows a given JSON schema (Chat Completions form)."""

    type: Literal["json_schema"]
    """Variant tag, always `json_schema`."""
    json_schema: ResponseFormatJsonSchemaJsonSchema


class ResponseFormatJsonSchemaJsonSchema(BaseModel):
    """Schema settings."""

    description: str | None = None
    """What the output is for."""
    name: str
    """Name of the format (letters, digits, `_` and `-`, at most 64 characters)."""
    schema_: ResponseFormatJsonSchemaSchema | None = Field(None, alias="schema")
    """The JSON schema itself."""
    strict: bool | None = None
    """Whether the output must follow the schema exactly."""


class ResponseFormatJsonSchemaSchema(BaseModel):
    """A JSON Schema object describing the expected output."""

    model_config = ConfigDict(
        extra="allow",
    )


class ResponseFormatText(BaseModel):
    """Ask for plain text output."""

    type: Literal["text"]
    """Variant tag, always `text`."""


class TextResponseFormatJsonSchema(BaseModel):
    """Ask for output that follows a given JSON schema (Responses API form)."""

    type: Literal["json_schema"]
    """Variant tag, always `json_schema`."""
    description: str | None = None
    """What the output is for."""
    name: str
    """Name of the format (letters, digits, `_` and `-`, at most 64 characters)."""
    schema_: ResponseFormatJsonSchemaSchema = Field(..., alias="schema")
    """The JSON schema itself."""
    strict: bool | None = None
    """Whether the output must follow the schema exactly."""


TextResponseFormatConfiguration = TypeAliasType(
    "TextResponseFormatConfiguration",
    Annotated[
        ResponseFormatText | TextResponseFormatJsonSchema | ResponseFormatJsonObject,
        Field(..., discriminator="type"),
    ],
)
"""Output format for the Responses API."""


class Tool(BaseModel):
    """A tool the model may use in the Responses API. Simplified here to an open object: only the `type` discriminator is modelled and all other fields are passed through untouched."""

    model_config = ConfigDict(
        extra="allow",
    )
    type: str
    """Kind of tool, e.g. `function`, `file_search` or `web_search`."""
