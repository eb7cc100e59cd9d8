// comments.xml and commentsExtended.xml of a returned review copy: each Word comment's author,
// date and text, and which comment a reply answers (Word 2013+ links a reply to its parent through
// the w14:paraId of the comment's last paragraph and w15:paraIdParent).
import { attrOf, childrenOf, findAll, innerText, tagOf } from './word-xml';
import type { XmlNode } from './word-xml';

export interface FileComment {
  /** The comment's w:id in the file. */
  wordId: string;
  author: string;
  initials: string;
  date: string | null;
  body: string;
  /** The w:id of the comment this one answers. */
  parentWordId: string | null;
  /** Marked done (resolved) in Word. */
  done: boolean;
}

function paragraphText(paragraph: XmlNode): string {
  let out = '';
  const walk = (node: XmlNode) => {
    const tag = tagOf(node);
    if (tag === 'w:t') out += innerText(node);
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag !== 'w:del' && tag !== 'w:instrText' && tag !== 'w:delText') childrenOf(node).forEach(walk);
  };
  childrenOf(paragraph).forEach(walk);
  return out;
}

/** The comments in file order, replies linked to their parents. */
export function readComments(comments: readonly XmlNode[] | null, extended: readonly XmlNode[] | null): FileComment[] {
  if (comments === null) return [];
  const byLastParagraph = new Map<string, string>();
  const out: FileComment[] = [];
  for (const comment of findAll(comments, 'w:comment')) {
    const wordId = attrOf(comment, 'w:id');
    if (wordId === undefined) continue;
    const paragraphs = findAll(childrenOf(comment), 'w:p');
    const lastId = paragraphs.length > 0 ? attrOf(paragraphs[paragraphs.length - 1] ?? {}, 'w14:paraId') : undefined;
    if (lastId !== undefined) byLastParagraph.set(lastId.toUpperCase(), wordId);
    out.push({
      wordId,
      author: attrOf(comment, 'w:author') ?? '',
      initials: attrOf(comment, 'w:initials') ?? '',
      date: attrOf(comment, 'w:date') ?? null,
      body: paragraphs.map(paragraphText).join('\n').trim(),
      parentWordId: null,
      done: false,
    });
  }
  const byWordId = new Map(out.map((comment) => [comment.wordId, comment]));
  for (const entry of findAll(extended ?? [], 'w15:commentEx')) {
    const own = byLastParagraph.get((attrOf(entry, 'w15:paraId') ?? '').toUpperCase());
    const comment = own === undefined ? undefined : byWordId.get(own);
    if (!comment) continue;
    comment.done = attrOf(entry, 'w15:done') === '1';
    const parent = byLastParagraph.get((attrOf(entry, 'w15:paraIdParent') ?? '').toUpperCase());
    if (parent !== undefined && parent !== comment.wordId) comment.parentWordId = parent;
  }
  return out;
}
