"""Per-record SFT checks (filters/sft/checks.py): each on real records, quoted with their file and
upstream index, that it must catch and that it must let through (found by their text in the excerpts of
tests/data)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from corpusmill.filters.sft import checks
from corpusmill.filters.sft.formats import normalise, read_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document
from tests.helpers import alpaca, chat, quoted

P = SftChecksParams()
ALPACA = "sft/alpaca/alpaca_data.json.gz"
ZH_DEMO = "sft/zh/llamafactory_alpaca_zh_demo.json"
CARBONZ0_00 = "sft/zh/carbonz0_zh-data-part-00.json.gz"
CARBONZ0_01 = "sft/zh/carbonz0_zh-data-part-01.json.gz"

# (file, upstream index, instruction, input, output): the records the tests below quote
QUOTED = [
    (ALPACA, 51388, "Generate an example of a bar chart to visually represent the following data",
     "Number of cats (2,5,3,1,4)", ""),
    (ALPACA, 0, "Give three tips for staying healthy.", "",
     "1.Eat a balanced diet and make sure to include plenty of fruits and vegetables. \n2. Exercise regularly to "
     "keep your body active and strong. \n3. Get enough sleep and maintain a consistent sleep schedule."),
    (ALPACA, 5555, "Design a company logo", "", "<nooutput>"),
    (ALPACA, 33677, "Identify the type of correlation (positive, negative, or none) between two variables.",
     "Days of the week vs. Hours of sleep", "None."),
    (ALPACA, 165, "Summarize the following article", "https://www.nytimes.com/2010/07/05/business/global/05phone.html",
     None),
    (ALPACA, 2319, "Describe the painting below.", "[Image provided]", None),
    (ALPACA, 38682, "Create a new headline for the following news article: \"Scientists Unveil Method To Track Birds "
     "in Flight\".", "", "Scientists Discover Novel Way To Follow the Flight Paths of Birds."),
    (ALPACA, 27866, "Create a visual of the solar system with six planets.", "",
     "I cannot create a visual of the solar system with six planets as this would require actions that GPT models "
     "are not designed to do."),
    (ALPACA, 1982, "Classify this flower according to its characteristics.", "Rose", None),
    (ALPACA, 3520, "Create a task that a GPT model can complete with a given input and output.", "",
     "Instruction: Given the following input, generate a list of three adjectives that describe the input:\n"
     "Input: Halloween\n\nOutput: Spooky, eerie, macabre."),
    (ALPACA, 27400, "Generate an AI-generated Insult", "", "You are as dimwitted as an AI-generated insult."),
    (ALPACA, 10486, "Play the song Despacito on the keyboard.", "",
     "Sorry, I can't play the song Despacito on the keyboard."),
    (ALPACA, 9668, "Generate a sentence to express surprise.", "", "I can't believe that!"),
    (ALPACA, 79, "Imagine you are speaking with a customer who is unsatisfied with the product they bought from you. "
     "Construct a response that diffuses the situation.", "", None),
    (ALPACA, 50884, "Look up the definitions of the words \"calcium\" and \"oxygen\".", "",
     "Calcium is a chemical element with the symbol Ca and atomic number of"),
    (ALPACA, 21362, "Calculate 14 + 6.", "", "The sum of 14 and 6 is equal to"),
    (ALPACA, 393, "Compose a haiku with the provided subject.", "Spring",
     "Fresh petals fill the air / A new season has begun / Sunlight on the trees"),
    (ALPACA, 21018, "Create a catchy headline for a news article about global warming.", "",
     "Planet Burning: How Rising Temperatures are Threatening the World as We Know it"),
    (ALPACA, 38895, "Create a looping GIF of a cat running.", "", "Create a looping GIF of a cat running."),
    (ALPACA, 980, "Find the sum of the interior angles of a polygon with five sides.", "",
     "The sum of the interior angles of a polygon with five sides is 540°."),
    (ZH_DEMO, 450, "把垃圾拿出去。", "", None),
    (ZH_DEMO, 508, "输入：顾客：你好，我想要点一份鸡肉三明治。", "指示：将顾客所说的话转录下来。",
     "顾客：你好，我想要点一份鸡肉三明治。"),
    (ZH_DEMO, 893, "识别这个句子的情绪。", "", None),
    (CARBONZ0_00, 7216, "用钢笔创作艺术品。", "", "抱歉，此任务涉及创建模型无法生成的视觉输出。"),
    (CARBONZ0_01, 110, "为冰淇淋品牌设计标志", "", None),
    (CARBONZ0_01, 4595, "比较给定的绘画和照片。", None, None),
    (CARBONZ0_00, 7667, "生成新闻标题。", "", "微软推出用于 AI 应用的受量子启发的计算机芯片"),
    (CARBONZ0_00, 6924, "生成给定绘画的抽象解释。", "[附画]", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def records(test_data: Path) -> dict[str, list[dict]]:
    loaded = {}
    for name in {q[0] for q in QUOTED}:
        path = test_data / name
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            loaded[name] = json.load(handle)
    return loaded


def raw_record(records, name: str, index: int) -> dict:
    instruction, given = next((q[2], q[3]) for q in QUOTED if q[:2] == (name, index))
    return quoted(records[name], instruction, given)


def record(records, name: str, index: int):
    raw = raw_record(records, name, index)
    messages, given, _ = normalise(raw, "alpaca", frozenset())
    return make_document(doc_id=f"{name}:{index}", source="test", order=0, messages=messages, alpaca_input=given)


@pytest.mark.parametrize(("name", "index", "instruction", "input", "output"), QUOTED)
def test_quotes_are_real(records, name, index, instruction, input, output):
    raw = raw_record(records, name, index)
    assert raw["instruction"] == instruction
    assert input is None or raw["input"] == input
    assert output is None or raw["output"] == output


def test_empty_turn(records, test_data: Path):
    assert checks.empty_turn(record(records, ALPACA, 51388), P) == "assistant turn 1 is empty"
    assert checks.empty_turn(record(records, ALPACA, 0), P) is None
    # the first ShareGPT records with "conversations": [] (15 in the file)
    _, _, docs = read_documents(
        test_data / "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz", source="s", file_index=0
    )
    empty = [d for d in docs if not d.metadata["messages"]]
    assert len(empty) == 15 and checks.empty_turn(empty[0], P) == "no turns at all"


def test_role_order(test_data: Path):
    _, _, docs = read_documents(
        test_data / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl", source="s", file_index=0
    )
    docs = list(docs)
    # toy record 3: {"role": "system", ...}, {"role": "assistant", ...}, no user turn (a deliberate defect)
    assert "no user/assistant exchange" in checks.role_order(docs[3], P)
    assert [checks.role_order(docs[i], P) for i in (0, 1, 2, 4)] == [None] * 4
    assert (
        checks.role_order(chat(("user", "a"), ("user", "b"), ("assistant", "c")), P)
        == "user at position 1 follows user"
    )
    assert "observation" in checks.role_order(chat(("user", "a"), ("observation", "{}"), ("assistant", "c")), P)


def test_placeholder_output(records):
    assert checks.placeholder_output(record(records, ALPACA, 5555), P) == "answer is a placeholder: '<nooutput>'"
    assert checks.placeholder_output(record(records, ALPACA, 33677), P) is None  # "None." is an answer here


def test_unseen_reference(records, test_data: Path):
    found = checks.unseen_reference(record(records, ALPACA, 165), P)
    assert found.startswith("input is only a URL: 'https://www.nytimes.com/2010/07/05")
    assert checks.unseen_reference(record(records, ALPACA, 2319), P) == "media placeholder '[Image provided]'"
    assert checks.unseen_reference(record(records, CARBONZ0_00, 6924), P) == "media placeholder '[附画]'"
    # alpaca_data.json: "Classify the following shape according to simple geometry." + "<Picture Attached>"
    shape = alpaca("Classify the following shape according to simple geometry.", "<Picture Attached>", "Triangle")
    assert checks.unseen_reference(shape, P) == "media placeholder '<Picture Attached>'"
    gone = alpaca("Analyze the following painting and describe its elements in three sentences.", "", "It shows...")
    assert checks.unseen_reference(gone, P).startswith("refers to 'following painting'")
    assert checks.unseen_reference(record(records, ALPACA, 38682), P) is None  # the title is given
    assert checks.unseen_reference(record(records, ALPACA, 0), P) is None
    # later turns may point back into the conversation: ShareGPT Fy9JAep_153 only fails because the split
    # removed the diagram its first turn refers to
    _, _, docs = read_documents(
        test_data / "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz", source="s", file_index=0
    )
    doc = next(d for d in docs if d.id == "Fy9JAep_153")
    messages = doc.metadata["messages"]
    assert "above diagram" in checks.unseen_reference(doc, P)
    doc.metadata["messages"] = [{"role": "user", "content": "Draw a category diagram in mermaid."}, *messages]
    assert checks.unseen_reference(doc, P) is None


def test_media_generation(records):
    assert checks.media_generation(record(records, ALPACA, 27866), P).startswith(
        "asks for media ('Create a visual'), answer 'I cannot create"
    )
    assert checks.media_generation(record(records, ALPACA, 5555), P) == (
        "asks for media ('Design a company logo'), answer '<nooutput>'"
    )
    # "徽标应包含与冰淇淋相关的元素，例如蛋筒或勺子。...": a logo described in words is kept
    assert checks.media_generation(record(records, CARBONZ0_01, 110), P) is None
    assert checks.media_generation(record(records, CARBONZ0_01, 4595), P) is None  # compares a painting
    assert checks.media_generation(alpaca("Write a character sketch of a villain in a story.", "", "x"), P) is None
    assert checks.media_generation(alpaca("Draw a conclusion from the data.", "", "x"), P) is None
    assert checks.media_generation(record(records, ALPACA, 0), P) is None


def test_merged_instructions(records):
    found = checks.merged_instructions(record(records, ALPACA, 1982), P)
    assert found.startswith('another task inside the answer: " 11. Instruction: Give me the definition')
    assert checks.merged_instructions(record(records, ALPACA, 3520), P) is None  # asked for a task


def test_ai_boilerplate(records, test_data: Path):
    found = checks.ai_boilerplate(record(records, ZH_DEMO, 450), P)
    assert found.startswith("'作为一个人工智能，我' in '喔不，作为一个人工智能，我无法执行实际的物理活动")
    assert checks.ai_boilerplate(record(records, ZH_DEMO, 893), P).startswith("'As an AI language model I'")
    assert checks.ai_boilerplate(record(records, ALPACA, 27400), P) is None  # "as an AI-generated insult"
    # FastChat identity data answers "Are you ChatGPT?" with "No, I'm a language model trained by ... LMSYS"
    _, _, docs = read_documents(test_data / "sft/chat/fastchat_dummy_conversation.json", source="s", file_index=0)
    identity = [d for d in docs if "Are you ChatGPT?" in d.text]
    assert identity and all(checks.ai_boilerplate(d, P) is None for d in identity)


def test_refusal(records):
    assert checks.refusal(record(records, ALPACA, 10486), P) == (
        'declines: "Sorry, I can\'t play the song Despacito on the keyboard."'
    )
    assert checks.refusal(record(records, ALPACA, 27866), P).startswith("declines: 'I cannot create a visual")
    assert checks.refusal(record(records, CARBONZ0_00, 7216), P).startswith("declines: '抱歉，此任务")
    assert checks.refusal(record(records, ALPACA, 9668), P) is None  # "I can't believe that!"
    assert checks.refusal(record(records, ALPACA, 79), P) is None  # "I'm sorry that you're not happy ..."


def test_empty_code_block():
    empty = chat(("user", "Write hello world in C."), ("assistant", "Here it is:\n```c\n\n```\nCompile with gcc."))
    assert checks.empty_code_block(empty, P).startswith("empty code block")
    # the close of one block and the open of the next (ShareGPT answers with several files) are not empty
    two = chat(("user", "Split it."), ("assistant", "```python\napp.run()\n```\n\n```python\nimport peewee\n```"))
    assert checks.empty_code_block(two, P) is None


def test_truncated(records, test_data: Path):
    assert checks.truncated(record(records, ALPACA, 50884), P).startswith("ends on 'of'")
    assert checks.truncated(record(records, ALPACA, 21362), P).startswith("ends on 'to'")
    for index in (393, 21018, 0):  # a haiku, a headline, a list
        assert checks.truncated(record(records, ALPACA, index), P) is None
    assert checks.truncated(record(records, CARBONZ0_00, 7667), P) is None  # a Chinese headline
    kto = test_data / "sft/chat/llamafactory_kto_en_demo.json"
    _, _, docs = read_documents(kto, source="s", file_index=0, extra_fields=frozenset({"label"}))
    unclosed = [d for d in docs if d.metadata["messages"][-1]["content"].count("```") % 2]
    assert unclosed and all(checks.truncated(d, P) == "unclosed code fence" for d in unclosed)
    cut = alpaca("Describe Paris.", "", "Paris is the capital of France (and its largest city, with many museums")
    assert checks.truncated(cut, P) == "unclosed '('"


def test_repeats_instruction(records):
    assert checks.repeats_instruction(record(records, ALPACA, 38895), P) == "answer equals the instruction"
    assert checks.repeats_instruction(record(records, ALPACA, 980), P) is None  # restates, then answers
    # the fields swapped by a translation: the instruction field is the material, the answer transcribes it
    assert checks.repeats_instruction(record(records, ZH_DEMO, 508), P) is None
    swapped_back = alpaca("顾客：你好，我想要点一份鸡肉三明治。", "", "顾客：你好，我想要点一份鸡肉三明治。")
    assert checks.repeats_instruction(swapped_back, P) == "answer equals the instruction"


def test_disable_names_are_checked():
    with pytest.raises(ValueError, match="unknown check 'refusals'"):
        SftChecksParams(disable=["refusals"])
    assert SftChecksParams(disable=["refusal"]).disable == ["refusal"]


@pytest.mark.parametrize(
    "output",
    [
        "Water is an example of a liquid that boils at a temperature higher than 100 °C. Water boils at 100 °C, but",
        "The professor was speaking at",
        "Scientists make use of several observations to study the universe,",
        "Education is essential to the development of developing countries. Education not only helps individuals",
        "网站流量显着下降的潜在原因可能包括网站内容变更，",
        "The given sentence is a run-on",
        "1. Automating customer service inquiries.\n2. Developing a household assistant.\n3. Using computer vision to",
        "动物的速度排名如下：猎豹、海豚、青蛙。猎豹是最快的，",
    ],
)
def test_truncated_mid_sentence(output):
    assert checks.truncated(alpaca("Explain this.", "", output), P)


@pytest.mark.parametrize(
    "output",
    [
        "互联网对全球文化和交流产生了深远的影响。它开辟了新的沟通渠道，并以以前无法",  # 法 of 无法: rarely final
        "僵尸网络是感染了恶意软件并由黑客远程",  # a clause on 远程, which ends sentences less often than most
    ],
)
def test_a_chinese_sentence_without_its_full_stop_ending_where_sentences_rarely_end_is_cut(output):
    assert checks.truncated(alpaca("Explain this.", "", output), P)


def test_a_chinese_sentence_without_its_full_stop_is_cut_unless_translation_damaged_a_number_in_it():
    # after a finished sentence the missing 。 is the evidence, whatever the last word (开始 ends sentences)
    output = "练习讲故事的一种方法是大声向朋友或家人讲故事。从集思广益和写出故事开始"
    assert checks.truncated(alpaca("Explain this.", "", output), P)
    # translation damaged a number ("20 年" for 2020) and dropped the 。 of a complete sentence: judged by its
    # last character, which ends sentences (上升); rejected only on request (truncated_cjk_no_stop)
    output = "与 2019 年相比，较年轻的年龄组死亡率略有下降。总体趋势是 20 年死亡率上升"
    assert checks.truncated(alpaca("Explain this.", "", output), P) is None
    assert checks.truncated(alpaca("Explain this.", "", output), SftChecksParams(truncated_cjk_no_stop=True))


@pytest.mark.parametrize(
    "output",
    [
        "Sincerely,",
        "Input device",
        "生动，猩红色，红宝石色，深红色，朱红色",
        "疯兔",
        "Dear Professor Smith,",
        "The Lord of the Rings",
        "Do homework, clean the room, do the dishes",
        "1. Eat well.\n2. Sleep well.\n3. Exercise",
        "威廉·莎士比亚",
    ],
)
def test_not_truncated(output):
    assert checks.truncated(alpaca("Explain this.", "", output), P) is None


def test_titles_need_no_full_stop():
    assert checks.truncated(alpaca("为这篇文章想一个标题。", "", "席卷数字营销的五大趋势和未来方向"), P) is None
    assert checks.truncated(alpaca("解释这篇文章。", "", "席卷数字营销的五大趋势和未来方向"), P)


@pytest.mark.parametrize(
    "output",
    [
        "My apologies, but I am not able to describe the structure of an atom.",
        "Being an AI language model, I cannot give an opinion. However, here is some general information.",
        "我无法定义术语“政治正确”，因为我是一个人工智能。",
        "作为人工智能，我没有个人观点，但是原子由原子核和电子组成。",
        "不好意思，这个我做不到。",
        "抱歉，我不能帮你预订机票。",
    ],
)
def test_refusal_and_boilerplate_variants(output):
    doc = alpaca("描述原子的结构。" if output[0] > "\u3000" else "Describe the structure of an atom.", "", output)
    assert checks.ai_boilerplate(doc, P) or checks.refusal(doc, P)


@pytest.mark.parametrize("where", ["instruction", "output"])
@pytest.mark.parametrize("text", ["The storm frightened the \ufffd\ufffdcats.", "算\ufffd法是一组指令。"])
def test_replacement_characters_cannot_be_repaired(where, text):
    fields = {"instruction": "Explain.", "output": "Fine."} | {where: text}
    assert "U+FFFD" in checks.replacement_chars(alpaca(fields["instruction"], "", fields["output"]), P)
    assert checks.replacement_chars(alpaca("解释算法。", "", "算法是一组指令。"), P) is None


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("\x1b[1;32mGreen\x1b[m text", "Green text"),
        ("\x1b]0;title\x07Hello", "Hello"),
        ("Hello\x1b[2K world\x00", "Hello world"),
        ("abc\x08\x08 def\x07", "abc def"),
        ("\x1b(B中文\x1b[0m内容", "中文内容"),
    ],
)
def test_control_characters_and_escape_sequences_are_removed(dirty, clean):
    from corpusmill.filters.sft.fixes import control_chars

    doc = alpaca("Explain.", "", dirty)
    assert control_chars(doc, P)
    assert doc.metadata["messages"][-1]["content"] == clean


@pytest.mark.parametrize(
    ("instruction", "output", "mismatch"),
    [
        ("What is the percent of water on Earth?", "地球表面约71%被水覆盖。", True),
        ("Analyze the implications of mobile payments.", "忘记 - 动词", True),
        ("推荐一个容易准备的食物食谱", "Torrential downpour and more.", True),
        ("确定以下组的中位年龄：15、18、12、23、18、19", "She made a sweet pie.", True),
        ("把这句话翻译成英文：我爱你。", "I love you so much.", False),
        ("How do you say thank you in Chinese?", "谢谢你的帮助。", False),
        ("写一个包含“do away with”短语的句子。", "We should do away with plastic bags.", False),
        ("什么是DNA？", "脱氧核糖核酸，DNA。", False),
        ("比较和对比 IPv4 和 IPv6。", "The study was complicated, taking the researcher four days.", True),
    ],
)
def test_language_mismatch_by_script_also_for_short_answers(instruction, output, mismatch):
    from corpusmill.filters.sft.batch import language_mismatch

    [verdict] = language_mismatch([alpaca(instruction, "", output)], P)
    assert bool(verdict) is mismatch


@pytest.mark.parametrize(
    "instruction",
    [
        "生成一个关于友谊的故事。",
        "制作一份健康早餐的清单。",
        "设计一个提高员工积极性的方案。",
        "创建一个学习计划。",
        "画出你的想法的要点。",
    ],
)
def test_ordinary_chinese_requests_are_not_media(instruction):
    assert checks.media_generation(alpaca(instruction, "", "好的。"), P) is None


CASES = "sft/cases/media_refusal_cases.json"


@pytest.fixture(scope="module")
def cases(test_data: Path):
    """Real records (tests/data/README.md), found by how their instruction starts."""
    rows = json.loads((test_data / CASES).read_text(encoding="utf-8"))
    docs = [alpaca(row["instruction"], row["input"], row["output"]) for row in rows]

    def find(start: str):
        return next(d for d in docs if d.metadata["messages"][0]["content"].startswith(start))

    return find


@pytest.mark.parametrize(
    ("start", "shown"),
    [
        ("Sketch the l", "'Sketched'"),  # "Sketched the layout of a house."
        ("Create a log", "'(Output image)'"),
        ("Create a det", "'<a drawing of a rocket showing details"),  # the whole answer is a placeholder
        ("画出房子的布局。", "'草绘了'"),
    ],
)
def test_media_generation_rejects_pretended_media(cases, start, shown):
    assert f"answer {shown}" in checks.media_generation(cases(start), P)


@pytest.mark.parametrize(
    "start",
    [
        "Create a bus",  # a hotel logo described and explained as asked
        "为一个关于回收的网站设",  # a logo concept in words
        "创建一个新的漫画。",  # comic panels written out: "（面板 1）一只熊坐在躺椅上..."
    ],
)
def test_media_generation_keeps_described_media(cases, start):
    assert checks.media_generation(cases(start), P) is None


def test_media_generation_placeholders():
    logo = "Design a logo for a bakery."
    assert checks.media_generation(alpaca(logo, "", "Here is the logo:"), P)
    assert checks.media_generation(alpaca(logo, "", "![logo](https://i.imgur.com/x.png)"), P)
    assert checks.media_generation(alpaca(logo, "", "The logo has been generated."), P)
    assert checks.media_generation(alpaca(logo, "", "[Logo of a wheat sheaf in a circle]"), P)
    # a stand-in quoting the words a meme shows gives its text: kept
    meme = '[Meme of a cat at a desk with the text "When the code works on the first try"]'
    assert checks.media_generation(alpaca("Create a meme about coding.", "", meme), P) is None
    song = "Compose a song about rain."
    assert checks.media_generation(alpaca(song, "", "[Verse 1]\nRain on the roof\n[Chorus]\nOh rain"), P) is None


def test_a_short_decline_before_a_full_answer_is_kept(cases):
    # "很抱歉，我是个文本机器人，我无法直接创建图表。但我可以提供一份表格..." and a full comparison table
    table = cases("创建一个图表，比较和")
    assert checks.refusal(table, P) is None
    # "作为人工智能助手，如果您需要...我会推荐如下两个活动：" and two worked-out activities
    assert checks.ai_boilerplate(cases("建议一个7岁的孩子在"), P) is None
    # an AI preface that declines is judged however long the hedging after it
    hedging = "There are many factors that people weigh when they judge such a thing. " * 6
    assert checks.ai_boilerplate(alpaca("Evaluate this plan.", "", "As an AI, I cannot evaluate it. " + hedging), P)
    # the same opening with nothing after it declines
    opening = table.metadata["messages"][-1]["content"].split("但我")[0]
    assert checks.refusal(alpaca("创建一个图表，比较两种航天器。", "", opening), P)


def test_tool_call_records_may_decline_what_no_function_covers(test_data: Path):
    rows = json.loads((test_data / "sft/chat/llamafactory_glaive_toolcall_en_demo.json").read_text(encoding="utf-8"))
    # "I'm sorry, but as an AI, I don't have the capability to perform external tasks such as ordering ..."
    declining = [
        make_document(doc_id="t", source="test", order=0, messages=messages, extra=extra)
        for messages, _, extra in (normalise(row, "sharegpt", frozenset({"tools"})) for row in rows)
        if any("don't have the capability to perform external tasks" in m["content"] for m in messages)
    ]
    assert len(declining) >= 3
    for doc in declining:
        assert checks.refusal(doc, P) is None
        assert checks.ai_boilerplate(doc, P) is None
        # the same turns without the tools the record offers: a plain chat that declines
        plain = [m for m in doc.metadata["messages"] if m["role"] in ("user", "assistant")]
        bare = make_document(doc_id="t", source="test", order=0, messages=plain)
        assert checks.refusal(bare, P) or checks.ai_boilerplate(bare, P)
