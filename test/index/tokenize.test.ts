import { describe, expect, it } from "vitest";
import { addWords, dictionaryHash, jiebaVersion, tokens, words } from "../../src/index/tokenize.ts";
import { agencyForms, nameWords, regionForms, regionShortName } from "../../src/index/names.ts";

describe("tokens", () => {
  it("keeps template terms whole and also emits the words inside them", () => {
    const t = tokens("浔阳区2023年依申请公开多少件");
    expect(t).toContain("依申请公开");
    expect(t).toContain("申请");
    expect(t).toContain("公开");
    expect(t).toContain("2023");
  });

  it("drops question words, punctuation and counts, but keeps years", () => {
    const t = tokens("全年收到1,516件申请，639.15万元，多少？2023年");
    expect(t).not.toContain("多少");
    expect(t).not.toContain("，");
    expect(t).not.toContain("516");
    expect(t).not.toContain("639.15");
    expect(t).toContain("2023");
  });

  it("normalises full-width digits and letters and lower-cases", () => {
    expect(tokens("２０２３年ＪＷＴ")).toEqual(["2023", "jwt"]);
  });

  it("words() keeps numbers and cuts without sub-words", () => {
    expect(words("市长信箱信件211条")).toEqual(["市长信箱", "信件", "211"]);
  });
});

describe("addWords / dictionaryHash", () => {
  it("cuts an added name whole and changes the hash once", () => {
    const before = dictionaryHash();
    addWords(["濂溪区人民政府", "濂溪区", "濂溪"]);
    const after = dictionaryHash();
    expect(after).not.toBe(before);
    expect(words("濂溪区依申请公开")).toEqual(["濂溪区", "依申请公开"]);
    addWords(["濂溪区", "濂溪"]);
    expect(dictionaryHash()).toBe(after);
  });

  it("tells the hash the dictionary will have once words are added, before adding them", () => {
    const expected = dictionaryHash(["柴桑区人民政府", "柴桑区", "柴桑", "乐"]);
    expect(dictionaryHash()).not.toBe(expected);
    addWords(["柴桑", "柴桑区人民政府", "柴桑区"]);
    expect(dictionaryHash()).toBe(expected);
  });

  it("ignores words jieba cannot take", () => {
    const before = dictionaryHash();
    addWords(["", "乐", "a b"]);
    expect(dictionaryHash()).toBe(before);
  });

  it("reports the installed jieba version", () => {
    expect(jiebaVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("names", () => {
  it("derives short forms and 政府/办 spellings", () => {
    expect(regionShortName("浔阳区")).toBe("浔阳");
    expect(regionShortName("南区")).toBeNull();
    expect(regionForms("乐清市")).toEqual(["乐清市", "乐清"]);
    const forms = agencyForms("上海市人民政府办公厅", "上海市");
    expect(forms).toContain("上海市政府办公厅");
    expect(forms).toContain("上海市政府办");
    expect(forms).toContain("上海政府办公厅");
    expect(forms).not.toContain("上海市");
  });

  it("handles an agency whose name starts with its parent city", () => {
    const forms = agencyForms("淮安市洪泽区人民政府", "洪泽区");
    expect(forms).toEqual(expect.arrayContaining(["淮安市洪泽区人民政府", "淮安市洪泽区", "洪泽区政府", "洪泽政府"]));
    expect(nameWords("淮安市洪泽区人民政府", "洪泽区")).toEqual(expect.arrayContaining(["洪泽区", "洪泽"]));
  });
});
