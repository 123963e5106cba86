import { FormFieldDescription, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize } from './format';

// What the pickers offer; the server decides from the bytes, this only narrows the choice (and lets a phone offer the camera).
const accept =
  'image/*,application/pdf,.pdf,.jpg,.jpeg,.png,.heic,.heif,.webp,.docx,.xlsx,.odt,.txt,text/plain,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.text';

type Props = {
  id: string;
  label: string;
  file: File | null;
  error?: string;
  onFile: (file: File) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  cameraRef: RefObject<HTMLInputElement | null>;
};

/**
 * A drop zone around two ordinary file inputs: "choose a file" (also reachable by keyboard) and "take a photo", which
 * opens the camera on a phone. Dragging a file onto the zone does the same as choosing it.
 */
export function FileDrop({ id, label, file, error, onFile, inputRef, cameraRef }: Props) {
  const { t, i18n } = useTranslation('documents');
  const [over, setOver] = useState(false);
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`, `${id}-chosen`].filter(Boolean).join(' ');

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (chosen) onFile(chosen);
  };
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const dragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <fieldset className={`sp-doc-file${error ? ' sp-doc-file--invalid' : ''}`}>
      <legend className="sp-doc-file__legend">{label}</legend>
      <FormFieldDescription id={`${id}-hint`}>{t('upload.fileHint')}</FormFieldDescription>
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="sp-doc-file__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className={`sp-doc-drop${over ? ' sp-doc-drop--over' : ''}`} onDragOver={dragOver} onDragEnter={dragOver} onDragLeave={dragLeave} onDrop={drop}>
        <Paragraph className="sp-doc-drop__text">{t('upload.drop')}</Paragraph>
        <div className="sp-doc-drop__buttons">
          <input
            ref={inputRef}
            id={id}
            type="file"
            accept={accept}
            className="sp-doc-drop__input"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={picked}
          />
          <label htmlFor={id} className="sp-doc-drop__choose">
            {t('upload.choose')}
          </label>
          <input
            ref={cameraRef}
            id={`${id}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            className="sp-doc-drop__input sp-doc-drop__input--camera"
            aria-describedby={describedBy}
            onChange={picked}
          />
          <label htmlFor={`${id}-camera`} className="sp-doc-drop__choose sp-doc-drop__choose--camera">
            {t('upload.camera')}
          </label>
        </div>
        <Paragraph id={`${id}-chosen`} className="sp-doc-drop__chosen" aria-live="polite">
          {file ? t('upload.chosen', { name: file.name, size: formatSize(file.size, i18n.language) }) : t('upload.none')}
        </Paragraph>
      </div>
    </fieldset>
  );
}
