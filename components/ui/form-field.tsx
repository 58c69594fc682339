"use client";

import * as React from "react";
import { Slot } from "radix-ui";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/** The props FormField wires onto its control. */
type FormControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

type FormFieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  label: React.ReactNode;
  /** Help text under the control. */
  description?: React.ReactNode;
  /** Validation message; when set the control gets aria-invalid and the message is announced with it. */
  error?: React.ReactNode;
  /** Marks the label with an asterisk and sets aria-required (no native validation bubble). */
  required?: boolean;
  /** id of the control; generated when omitted. */
  id?: string;
  /** "horizontal" puts the control before the label: for Checkbox and Switch. */
  orientation?: "vertical" | "horizontal";
  /**
   * Either one control element (Input, Textarea, Checkbox, …) that receives the wiring props,
   * or a function that places them itself, e.g. on <SelectTrigger {...control}>.
   */
  children: React.ReactElement | ((control: FormControlProps) => React.ReactNode);
};

/**
 * Label + control + description + error for plain controlled forms. Connects them with
 * htmlFor/id, aria-describedby and aria-invalid. On a failed submit, move focus to the first
 * field with an error: its message is then read out with it.
 */
function FormField({
  label,
  description,
  error,
  required = false,
  id: idProp,
  orientation = "vertical",
  children,
  className,
  ...props
}: FormFieldProps) {
  const generatedId = React.useId();
  const id = idProp ?? `field-${generatedId}`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";

  const describedBy = [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ");
  const control: FormControlProps = {
    id,
    ...(describedBy && { "aria-describedby": describedBy }),
    ...(hasError && { "aria-invalid": true as const }),
    ...(required && { "aria-required": true as const }),
  };

  const renderedControl = typeof children === "function" ? children(control) : <Slot.Root {...control}>{children}</Slot.Root>;

  const labelElement = (
    <Label htmlFor={id} className={cn(hasError && "text-destructive")}>
      {label}
      {required && (
        <span aria-hidden="true" className="-ml-1 text-destructive">
          *
        </span>
      )}
    </Label>
  );

  const horizontal = orientation === "horizontal";
  return (
    <div
      data-slot="form-field"
      data-orientation={orientation}
      data-invalid={hasError || undefined}
      className={cn("group/field grid", horizontal ? "grid-cols-[auto_1fr] items-center gap-x-2.5 gap-y-1.5" : "gap-2", className)}
      {...props}
    >
      {horizontal ? (
        <>
          {renderedControl}
          {labelElement}
        </>
      ) : (
        <>
          {labelElement}
          {renderedControl}
        </>
      )}
      {description && (
        <FormDescription id={descriptionId} className={cn(horizontal && "col-start-2")}>
          {description}
        </FormDescription>
      )}
      {hasError && (
        <FormMessage id={errorId} className={cn(horizontal && "col-start-2")}>
          {error}
        </FormMessage>
      )}
    </div>
  );
}

function FormDescription({ className, ...props }: React.ComponentProps<"p">) {
  return <p data-slot="form-description" className={cn("text-[13px] text-muted-foreground", className)} {...props} />;
}

/** An error message. Outside FormField, give it an id and point the control's aria-describedby at it. */
function FormMessage({ className, ...props }: React.ComponentProps<"p">) {
  return <p data-slot="form-message" className={cn("text-[13px] font-medium text-destructive", className)} {...props} />;
}

export { FormDescription, FormField, FormMessage, type FormControlProps, type FormFieldProps };
