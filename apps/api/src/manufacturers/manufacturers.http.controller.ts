import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DIRECTORY_SOURCES, MANUFACTURER_DIRECTORY, MANUFACTURER_DIRECTORY_VERSION, manufacturerById } from '@lemon/manufacturers';

/** The manufacturer directory: notice addresses, phones, dispute programs and participating states, every value sourced. */
@ApiTags('manufacturers')
@Controller('manufacturers')
export class ManufacturersHttpController {
  @Get()
  @ApiOperation({ summary: 'Every manufacturer in the directory (notice address, phone, dispute program, participating states)' })
  list() {
    return { version: MANUFACTURER_DIRECTORY_VERSION, items: MANUFACTURER_DIRECTORY, sources: DIRECTORY_SOURCES };
  }

  @Get(':manufacturerId')
  @ApiOperation({ summary: 'One manufacturer directory entry, each value with its confidence and sources' })
  get(@Param('manufacturerId') manufacturerId: string) {
    const entry = manufacturerById(manufacturerId);
    if (!entry) {
      throw new NotFoundException({
        message: `no manufacturer directory entry "${manufacturerId}" (known: ${MANUFACTURER_DIRECTORY.map((m) => m.id).join(', ')})`,
        code: 'manufacturer_not_found',
      });
    }
    const sources = Object.fromEntries(Object.entries(DIRECTORY_SOURCES).filter(([key]) => JSON.stringify(entry).includes(`"${key}"`)));
    return { version: MANUFACTURER_DIRECTORY_VERSION, ...entry, sources };
  }
}
