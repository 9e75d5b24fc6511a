import { Alert, Button, Drawer, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '../lib/date-fields';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { JURISDICTIONS } from '../lib/jurisdictions';
import { withoutError } from '../components/Forms';
import { VinInput } from '../components/VinInput';

const isoDate = (d: string | Date | null): string | undefined =>
  d ? (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10)) : undefined;

/** The API's name (POST /cases, its field errors) of each field of the form. */
const API_FIELDS = {
  clientName: ['client.name'],
  clientEmail: ['client.email'],
  vin: ['vehicle.vin'],
  make: ['vehicle.make'],
  model: ['vehicle.model'],
  modelYear: ['vehicle.modelYear'],
  jurisdiction: ['jurisdiction'],
  deliveryDate: ['acquisition.deliveryDate'],
  odometer: ['acquisition.odometerAtDelivery'],
  warrantyMonths: ['warranty.months'],
  warrantyMiles: ['warranty.miles'],
  manufacturer: ['manufacturer', 'manufacturer.name'],
} as const;

/** "New case": the VIN is checked as it is typed (check digit included); each field says what it means. */
export function NewCaseDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    clientName: '',
    clientEmail: '',
    vin: '',
    make: '',
    model: '',
    modelYear: '' as number | '',
    jurisdiction: null as string | null,
    deliveryDate: null as string | null,
    odometer: '' as number | '',
    warrantyMonths: '' as number | '',
    warrantyMiles: '' as number | '',
    manufacturer: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // The field's error was about what it held: once it changes, the error goes.
    setErrors((current) => withoutError(current, ...API_FIELDS[key]));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const created = await call<{ caseId: string }>(
        api.POST('/cases', {
          body: {
            client: { name: form.clientName, ...(form.clientEmail ? { email: form.clientEmail } : {}) },
            vehicle: { vin: form.vin.trim().toUpperCase(), make: form.make, model: form.model, modelYear: Number(form.modelYear) },
            jurisdiction: form.jurisdiction ?? '',
            acquisition: { type: 'purchase', deliveryDate: form.deliveryDate ?? '', odometerAtDelivery: Number(form.odometer) },
            warranty: {
              ...(form.warrantyMonths !== '' ? { months: form.warrantyMonths } : {}),
              ...(form.warrantyMiles !== '' ? { miles: form.warrantyMiles } : {}),
            },
            manufacturer: form.manufacturer,
          } as never,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onClose();
      navigate(`/cases/${created.caseId}`);
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors());
        if (!e.body.errors?.length) setMessage(e.message);
      } else setMessage(String(e));
    } finally {
      setBusy(false);
    }
  };
  const err = (field: string) => errors[field];

  return (
    <Drawer opened={opened} onClose={onClose} title="New case" position="right" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <TextInput
            label="Client name"
            required
            value={form.clientName}
            error={err('client.name')}
            onChange={(e) => set('clientName', e.currentTarget.value)}
          />
          <TextInput
            label="Client email"
            description="Kept firm-private: never shown to a manufacturer."
            value={form.clientEmail}
            error={err('client.email')}
            onChange={(e) => set('clientEmail', e.currentTarget.value)}
          />
          <VinInput
            value={form.vin}
            modelYear={form.modelYear === '' ? undefined : form.modelYear}
            error={err('vehicle.vin')}
            onChange={(vin) => set('vin', vin)}
          />
          <Group grow>
            <TextInput
              label="Make"
              required
              value={form.make}
              error={err('vehicle.make')}
              onChange={(e) => set('make', e.currentTarget.value)}
            />
            <TextInput
              label="Model"
              required
              value={form.model}
              error={err('vehicle.model')}
              onChange={(e) => set('model', e.currentTarget.value)}
            />
            <NumberInput
              label="Model year"
              required
              min={1950}
              max={2100}
              value={form.modelYear}
              error={err('vehicle.modelYear')}
              onChange={(v) => set('modelYear', v === '' ? '' : Number(v))}
            />
          </Group>
          <Select
            label="Jurisdiction"
            description="The state whose lemon law applies: usually where the vehicle was bought or registered."
            required
            searchable
            data={JURISDICTIONS}
            value={form.jurisdiction}
            error={err('jurisdiction')}
            onChange={(v) => set('jurisdiction', v)}
          />
          <DateInput
            clearButtonProps={{ 'aria-label': 'Clear the date' }}
            label="Delivery date"
            description="The day the client took delivery: the presumption period and warranty run from it."
            required
            valueFormat="YYYY-MM-DD"
            value={form.deliveryDate}
            error={err('acquisition.deliveryDate')}
            onChange={(d) => set('deliveryDate', isoDate(d as string | Date | null) ?? null)}
          />
          <NumberInput
            label="Odometer at delivery (miles)"
            description="From the purchase contract or the first repair order."
            required
            min={0}
            value={form.odometer}
            error={err('acquisition.odometerAtDelivery')}
            onChange={(v) => set('odometer', v === '' ? '' : Number(v))}
          />
          <Group grow>
            <NumberInput
              label="Warranty months"
              description="Basic (bumper-to-bumper) warranty, e.g. 48."
              min={1}
              value={form.warrantyMonths}
              error={err('warranty.months')}
              onChange={(v) => set('warrantyMonths', v === '' ? '' : Number(v))}
            />
            <NumberInput
              label="Warranty miles"
              description="e.g. 50,000; whichever comes first ends it."
              min={1}
              value={form.warrantyMiles}
              error={err('warranty.miles')}
              onChange={(v) => set('warrantyMiles', v === '' ? '' : Number(v))}
            />
          </Group>
          <TextInput
            label="Manufacturer"
            description="The warrantor the notice goes to, e.g. BMW of North America."
            required
            value={form.manufacturer}
            error={err('manufacturer') ?? err('manufacturer.name')}
            onChange={(e) => set('manufacturer', e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            Open the case
          </Button>
        </Stack>
      </form>
    </Drawer>
  );
}
