import { JsonInput, MultiSelect, NumberInput, Select, Switch, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import type { SettingField } from './schema-fields';

export interface SettingInputProps {
  field: Exclude<SettingField, { kind: 'object' }>;
  value: unknown;
  /** The new value; `undefined` clears the setting (its default applies). */
  onChange: (value: unknown) => void;
  /** The gateway's messages for this field. */
  errors: string[];
  readOnly: boolean;
  /** A JSON field's text does not parse (the form cannot be saved). */
  onInvalid: (path: string, invalid: boolean) => void;
}

const Strings = z.array(z.string()).catch([]);
const defaultHint = (value: unknown) => (value === undefined ? undefined : `Default: ${JSON.stringify(value)}`);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One setting drawn by its JSON Schema type, with its description as help and the gateway's error under it. */
export function SettingInput({ field, value, onChange, errors, readOnly, onInvalid }: SettingInputProps) {
  const common = { label: field.label, description: field.description, error: errors.join('; ') || undefined, readOnly };
  switch (field.kind) {
    case 'boolean':
      return (
        <Switch
          {...common}
          disabled={readOnly}
          checked={typeof value === 'boolean' ? value : field.default === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          placeholder={defaultHint(field.default)}
          min={field.min}
          max={field.max}
          allowDecimal={!field.integer}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        />
      );
    case 'enum':
      return (
        <Select
          {...common}
          data={field.options}
          placeholder={defaultHint(field.default)}
          value={text(value) || null}
          clearable={!readOnly}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'enums':
      return <MultiSelect {...common} data={field.options} value={Strings.parse(value)} onChange={onChange} />;
    case 'strings':
      return <TagsInput {...common} placeholder="Type and press Enter" value={Strings.parse(value)} onChange={onChange} />;
    case 'string':
      return (
        <TextInput
          {...common}
          placeholder={defaultHint(field.default)}
          value={text(value)}
          onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        />
      );
    case 'json':
      return <JsonSetting {...common} value={value} onChange={onChange} path={field.path} onInvalid={onInvalid} />;
  }
}

interface JsonSettingProps {
  label: string;
  description: string | undefined;
  error: string | undefined;
  readOnly: boolean;
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onInvalid: (path: string, invalid: boolean) => void;
}

/** A setting whose shape the form does not draw (lists of lists, maps, deeper objects): edited as JSON. */
function JsonSetting({ path, value, onChange, onInvalid, error, description, ...rest }: JsonSettingProps) {
  const [draft, setDraft] = useState(value === undefined ? '' : JSON.stringify(value, null, 2));
  const [invalid, setInvalid] = useState(false);
  const change = (next: string) => {
    setDraft(next);
    let parsed: { ok: true; value: unknown } | { ok: false };
    try {
      parsed = { ok: true, value: next.trim() === '' ? undefined : JSON.parse(next) };
    } catch {
      parsed = { ok: false };
    }
    setInvalid(!parsed.ok);
    onInvalid(path, !parsed.ok);
    if (parsed.ok) onChange(parsed.value);
  };
  return (
    <JsonInput
      {...rest}
      description={description ?? 'Edited as JSON'}
      autosize
      minRows={2}
      value={draft}
      onChange={change}
      error={invalid ? 'Not valid JSON' : error}
    />
  );
}
