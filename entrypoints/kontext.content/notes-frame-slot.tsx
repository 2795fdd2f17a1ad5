import { useEffect, useRef } from 'preact/hooks';
import type { NotesFrameParams } from '@/core/notes/notes-frame-protocol';
import { createNotesFrame } from './notes-frame';

export interface NotesFrameSlotProps {
  params: Omit<NotesFrameParams, 'nonce'>;
  title: string;
  /** The reader pressed Escape inside the frame. */
  onClose: () => void;
  /** The editor in the frame started or stopped holding unsaved text. */
  onDraft?: (held: boolean) => void;
}

/** The card's notes: a note frame (see notes-frame.ts), sized to what it shows. */
export function NotesFrameSlot({ params, title, onClose, onDraft }: NotesFrameSlotProps) {
  const host = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const draftRef = useRef(onDraft);
  draftRef.current = onDraft;
  // A new frame only when what it is for changes, not on every render of the card.
  const key = JSON.stringify(params);

  useEffect(() => {
    const slot = host.current;
    if (!slot) return undefined;
    const notes = createNotesFrame(JSON.parse(key) as NotesFrameSlotProps['params'], title, (event) => {
      if (event.type === 'height') notes.frame.style.height = `${event.px}px`;
      else if (event.type === 'close') closeRef.current();
      else if (event.type === 'draft') draftRef.current?.(event.held);
    });
    slot.replaceChildren(notes.frame);
    return () => {
      notes.dispose();
      notes.frame.remove();
    };
  }, [key, title]);

  return <div class="kp-notes-frame" ref={host} />;
}
