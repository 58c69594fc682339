"use client";

import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { VerificationSnippetTabs } from "./verification-snippet-tabs";
import { SIGNATURE_FORMAT_LABELS, type SignatureFormat } from "./verification-snippets";

/** X-Webhook-Signature's form, with the verification code for the one chosen. */
export function SignatureFormatField({ value, onChange }: { value: SignatureFormat; onChange: (format: SignatureFormat) => void }) {
  return (
    <div className="space-y-3">
      <FormField
        label="Signature format"
        description={`X-Webhook-Signature: ${SIGNATURE_FORMAT_LABELS[value].example} — pick what your receiver's code expects.`}
      >
        {(control) => (
          <Select value={value} onValueChange={(v) => onChange(v as SignatureFormat)}>
            <SelectTrigger {...control} className="w-full sm:w-72" data-testid="signature-format">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {(Object.keys(SIGNATURE_FORMAT_LABELS) as SignatureFormat[]).map((format) => (
                <SelectItem key={format} value={format}>
                  {SIGNATURE_FORMAT_LABELS[format].label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      <VerificationSnippetTabs format={value} />
    </div>
  );
}
